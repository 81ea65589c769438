using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.UnitTests.Domain.Contacting;

/// <summary>
/// The ban on canvassing individuals for energy-renovation work by phone and e-mail (Code de la consommation L223-1;
/// loi n° 2025-594 du 30 juin 2025): consent is no exception, a contract in progress is, B2B is outside it.
/// </summary>
public sealed class EnergyRenovationRuleTests
{
    // Tuesday 24 November 2026, 10:30 in Paris: inside the hours individuals may be phoned.
    private static readonly DateTime Now = new(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc);

    private static Prospect Individual(ProspectStatus status = ProspectStatus.Prospect) =>
        new() { Kind = ProspectKind.Individual, Name = "Durand Léa", PhoneConsent = true, EmailConsent = true, Status = status };

    [Theory]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Email)]
    public void B2C_PhoneOrEmail_RefusedWithTheLawNamed_EvenWithConsent(Channel channel)
    {
        var decision = ContactRules.Check(Individual(), channel, Now, energyRenovation: true);

        Assert.False(decision.Allowed);
        Assert.Equal(ContactRules.EnergyRenovationReason, decision.Reason);
        Assert.Contains("rénovation énergétique", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("L223-1", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("loi n° 2025-594 du 30 juin 2025", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void B2C_Customer_WithoutContractInProgress_StillRefused()
    {
        var decision = ContactRules.Check(Individual(ProspectStatus.Client), Channel.Phone, Now, energyRenovation: true);

        Assert.False(decision.Allowed);
        Assert.Equal(ContactRules.EnergyRenovationReason, decision.Reason);
    }

    [Theory]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Email)]
    public void B2C_ContractInProgress_Allowed(Channel channel) =>
        Assert.True(ContactRules.Check(Individual(ProspectStatus.Client), channel, Now, energyRenovation: true, contractInProgress: true).Allowed);

    [Theory]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Email)]
    public void B2B_OutsideTheRule(Channel channel)
    {
        var business = new Prospect { Kind = ProspectKind.Organisation, Name = "Cabinet Martin" };

        Assert.True(ContactRules.Check(business, channel, Now, energyRenovation: true).Allowed);
    }

    [Theory]
    [InlineData(Channel.Visit)]
    [InlineData(Channel.Mail)]
    public void B2C_LetterOrVisit_NotDistanceCanvassing_Allowed(Channel channel) =>
        Assert.True(ContactRules.Check(Individual(), channel, Now, energyRenovation: true).Allowed);

    [Fact]
    public void OtherCompany_OnlyTheUsualRules() =>
        Assert.True(ContactRules.Check(Individual(), Channel.Phone, Now, energyRenovation: false).Allowed);
}
