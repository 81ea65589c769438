using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Features.Operations;

namespace ClasseCRM.UnitTests.Features.Operations;

/// <summary>The agreed date of a call: required for the call-backs and « RDV obtenu », to come, refused elsewhere.</summary>
public sealed class CallLogRulesTests
{
    // Tuesday 24/11/2026 10:30:40 in Paris (UTC+1).
    private static readonly DateTime Now = new(2026, 11, 24, 9, 30, 40, DateTimeKind.Utc);

    private static List<string> Errors(CallOutcome outcome, DateTime? at) =>
        CallLogRules.Check(new CallLogViewModel { ProspectId = 1, Outcome = outcome, FollowUpAt = at }, Now).Select(e => e.Field + ": " + e.Message).ToList();

    [Fact]
    public void MissingDate_NamesTheDateThatIsMissing()
    {
        Assert.Equal(["FollowUpAt: Indiquez la date et l'heure du rappel convenu (« Décideur absent, à rappeler »)."], Errors(CallOutcome.DecisionMakerAbsent, null));
        Assert.Equal(["FollowUpAt: Indiquez la date et l'heure du rappel convenu (« Argumenté, à rappeler »)."], Errors(CallOutcome.PitchedCallBack, null));
        Assert.Equal(["FollowUpAt: Indiquez la date et l'heure du rendez-vous obtenu."], Errors(CallOutcome.AppointmentMade, null));
        Assert.Empty(Errors(CallOutcome.PitchedNoFollowUp, null));
    }

    [Fact]
    public void PastDate_IsRefused_TheCurrentMinuteIsNot()
    {
        Assert.Equal(["FollowUpAt: La date du rappel convenu (« Argumenté, à rappeler ») (24/11/2026 10:29) est déjà passée : indiquez une date à venir."],
            Errors(CallOutcome.PitchedCallBack, new DateTime(2026, 11, 24, 10, 29, 0)));
        Assert.Empty(Errors(CallOutcome.DecisionMakerAbsent, new DateTime(2026, 11, 24, 10, 30, 0)));
        Assert.Empty(Errors(CallOutcome.AppointmentMade, new DateTime(2026, 12, 1, 14, 0, 0)));
    }

    [Fact]
    public void DateOnAnOutcomeWithoutFollowUp_IsRefused()
    {
        Assert.Equal(["FollowUpAt: « Argumenté sans suite » ne prévoit pas de suite datée : effacez la date, ou choisissez « à rappeler » ou « RDV obtenu »."],
            Errors(CallOutcome.PitchedNoFollowUp, new DateTime(2026, 12, 1, 14, 0, 0)));
    }

    [Fact]
    public void TimeSkippedWhenTheClocksGoForward_IsAFrenchMessageNotAnException()
    {
        var errors = Errors(CallOutcome.DecisionMakerAbsent, new DateTime(2027, 3, 28, 2, 30, 0));

        Assert.Equal(["FollowUpAt: Cette heure n'existe pas à Paris (passage à l'heure d'été) : choisissez-en une autre."], errors);
    }
}
