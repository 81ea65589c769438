using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.UnitTests.Domain.Figures;

public sealed class MailingFunnelTests
{
    /// <summary>200 letters: 12 NPAI, 150 without answer, 20 not interested, 10 information, 6 RDV, 2 orders.</summary>
    private static MailingFunnel Fixture() => MailingFunnel.From(
        Enumerable.Repeat(MailingResult.ReturnedUndeliverable, 12)
            .Concat(Enumerable.Repeat(MailingResult.None, 150))
            .Concat(Enumerable.Repeat(MailingResult.AnswerNotInterested, 20))
            .Concat(Enumerable.Repeat(MailingResult.AnswerInterested, 10))
            .Concat(Enumerable.Repeat(MailingResult.AnswerAppointment, 6))
            .Concat(Enumerable.Repeat(MailingResult.AnswerOrder, 2)));

    [Fact]
    public void From_CountsEachStage()
    {
        Assert.Equal(new MailingFunnel(200, 12, 38, 18, 6, 2), Fixture());
        Assert.Equal(188, Fixture().Delivered);
    }

    [Fact]
    public void Ratios_ByHand_WithBothReturnVariants()
    {
        var byDefault = Fixture().Ratios(MailingReturnBase.Sent);
        Assert.Equal(19.0m, byDefault[0].Percent);            // 38 ÷ 200 = 19 %
        Assert.Equal("réponses ÷ plis envoyés", byDefault[0].Formula);
        Assert.Equal(6.0m, byDefault[1].Percent);             // NPAI 12 ÷ 200
        Assert.Equal(47.4m, byDefault[2].Percent);            // 18 ÷ 38 = 47,368… → 47,4
        Assert.Equal(5.3m, byDefault[3].Percent);             // 2 ÷ 38 = 5,263… → 5,3

        var lessNpai = Fixture().Ratios(MailingReturnBase.SentLessReturnedMail)[0];
        Assert.Equal("réponses ÷ (plis envoyés − NPAI)", lessNpai.Formula);
        Assert.Equal(20.2m, lessNpai.Percent);                // 38 ÷ 188 = 20,21… → 20,2
    }

    [Fact]
    public void Ratios_NothingSent_ShowNoValue()
    {
        Assert.All(MailingFunnel.From([]).Ratios(MailingReturnBase.SentLessReturnedMail), r => Assert.Null(r.Percent));
    }
}
