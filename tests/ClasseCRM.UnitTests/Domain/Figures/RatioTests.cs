using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.UnitTests.Domain.Figures;

/// <summary>Every figure against values computed by hand (the exam grades the exactness of results).</summary>
public sealed class RatioTests
{
    // 40 calls: 4 wrong numbers, 10 no answer, 6 gatekeepers, 4 decision-maker absent, 5 refusals before the pitch,
    // 5 pitched (3 without follow-up, 2 to call back), 4 appointments, 2 orders.
    private static readonly CallOutcome[] Calls =
    [
        .. Enumerable.Repeat(CallOutcome.WrongNumber, 4),
        .. Enumerable.Repeat(CallOutcome.NoAnswer, 10),
        .. Enumerable.Repeat(CallOutcome.Gatekeeper, 6),
        .. Enumerable.Repeat(CallOutcome.DecisionMakerAbsent, 4),
        .. Enumerable.Repeat(CallOutcome.RefusedBeforePitch, 5),
        .. Enumerable.Repeat(CallOutcome.PitchedNoFollowUp, 3),
        .. Enumerable.Repeat(CallOutcome.PitchedCallBack, 2),
        .. Enumerable.Repeat(CallOutcome.AppointmentMade, 4),
        .. Enumerable.Repeat(CallOutcome.Order, 2),
    ];

    [Fact]
    public void Funnel_CountsEachStageFromTheOutcomeTable()
    {
        var f = PhoneFunnel.From(Calls);

        // émis 40; valides 40 − 4 = 36; aboutis 36 − 10 = 26; utiles 26 − 6 − 4 = 16; argumentés 16 − 5 = 11; RDV 4; commandes 2.
        Assert.Equal(new PhoneFunnel(40, 36, 26, 16, 11, 4, 2), f);
    }

    [Fact]
    public void PhoneRatios_DefaultDenominators_RoundedToOneDecimal()
    {
        var ratios = PhoneRatios.Compute(PhoneFunnel.From(Calls)).ToDictionary(r => r.Name);

        Assert.Equal(90.0m, ratios["Qualité du fichier"].Percent);      // 36 ÷ 40
        Assert.Equal(65.0m, ratios["Joignabilité"].Percent);            // 26 ÷ 40
        Assert.Equal(61.5m, ratios["Contacts utiles"].Percent);         // 16 ÷ 26 = 61,538…
        Assert.Equal(68.8m, ratios["Argumentation"].Percent);           // 11 ÷ 16 = 68,75 → 68,8 (half away from zero)
        Assert.Equal(36.4m, ratios["Prise de RDV"].Percent);            // 4 ÷ 11 = 36,36…
        Assert.Equal(18.2m, ratios["Transformation"].Percent);          // 2 ÷ 11 = 18,18…
        Assert.Equal("contacts argumentés ÷ contacts utiles", ratios["Argumentation"].Formula);
    }

    [Fact]
    public void PhoneRatios_TeacherVariants_ChangeTheDenominatorAndTheFormula()
    {
        var variants = new RatioVariants(ReachabilityBase.ValidNumbers, UsefulContactBase.Dialled, PitchBase.Reached, AppointmentBase.Dialled, PhoneConversionBase.Appointments);

        var ratios = PhoneRatios.Compute(PhoneFunnel.From(Calls), variants).ToDictionary(r => r.Name);

        Assert.Equal(72.2m, ratios["Joignabilité"].Percent);            // 26 ÷ 36 = 72,22…
        Assert.Equal("appels aboutis ÷ numéros valides", ratios["Joignabilité"].Formula);
        Assert.Equal(40.0m, ratios["Contacts utiles"].Percent);         // 16 ÷ 40
        Assert.Equal(42.3m, ratios["Argumentation"].Percent);           // 11 ÷ 26 = 42,30…
        Assert.Equal(10.0m, ratios["Prise de RDV"].Percent);            // 4 ÷ 40
        Assert.Equal(50.0m, ratios["Transformation"].Percent);          // 2 ÷ 4
    }

    [Fact]
    public void Ratios_WithZeroDenominator_HaveNoValue()
    {
        var ratios = PhoneRatios.Compute(PhoneFunnel.From([]));

        Assert.All(ratios, r => Assert.Null(r.Percent));
        Assert.Null(PhoneRatios.VisitConversion(0, 0).Value);
    }

    [Theory]
    [InlineData(1, 16, 6.3)]     // 6,25 → 6,3
    [InlineData(-1, 16, -6.3)]   // −6,25 → −6,3 (away from zero, not to even)
    [InlineData(1, 8, 12.5)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 3, 33.3)]
    public void Percent_RoundsHalfAwayFromZero(int numerator, int denominator, double expected) =>
        Assert.Equal((decimal)expected, new Ratio("r", "a ÷ b", numerator, denominator).Percent);

    [Fact]
    public void MailingReturn_BothVariants()
    {
        Assert.Equal(4.5m, PhoneRatios.MailingReturn(200, 12, 9).Percent);                                      // 9 ÷ 200
        Assert.Equal(4.8m, PhoneRatios.MailingReturn(200, 12, 9, MailingReturnBase.SentLessReturnedMail).Percent); // 9 ÷ 188 = 4,787…
    }

    [Fact]
    public void Money_MarginRatesResultRoiBreakEven()
    {
        // Copier sold 1 490 € HT, bought 980 € HT.
        Assert.Equal(510m, Money.Margin(1490m, 980m));
        Assert.Equal(52.0m, Money.MarkupRate(1490m, 980m).Percent);   // taux de marge = 510 ÷ 980 = 52,04…
        Assert.Equal(34.2m, Money.MarginRate(1490m, 980m).Percent);   // taux de marque = 510 ÷ 1 490 = 34,22…
        // Two copiers sold (margin 1 020 €) for an operation that cost 400 €.
        Assert.Equal(620m, Money.Result(1020m, 400m));
        Assert.Equal(155.0m, Money.ReturnOnInvestment(1020m, 400m).Percent);   // 620 ÷ 400
        Assert.Equal(1, Money.BreakEvenUnits(400m, 510m));
        Assert.Equal(3, Money.BreakEvenUnits(1100m, 510m));                    // 2,16 → 3 sales
        Assert.Null(Money.BreakEvenUnits(400m, 0m));
        Assert.Equal(333.33m, Money.AverageBasket(1000m, 3));                  // 333,333… → 333,33
        Assert.Equal(0.67m, Money.Cents(2m / 3m));
        Assert.Equal(0.01m, Money.Cents(0.005m));                              // half away from zero, not to even
        Assert.Null(Money.AverageBasket(1000m, 0));
        Assert.Equal(57.14m, Money.CostPer(400m, 7));
    }

    [Fact]
    public void Objective_GapAndAchievement()
    {
        var rdv = new ObjectiveResult("RDV", 10, 7);

        Assert.Equal(-3m, rdv.Gap);
        Assert.Equal(-30.0m, rdv.GapRate.Percent);
        Assert.Equal(70.0m, rdv.AchievementRate.Percent);
        Assert.Null(new ObjectiveResult("CA", 0, 500).GapRate.Percent);
    }
}
