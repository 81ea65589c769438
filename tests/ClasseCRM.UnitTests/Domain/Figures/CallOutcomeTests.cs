using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.UnitTests.Domain.Figures;

/// <summary>The outcome codes against DOMAIN.md's table: every code has its stages and its French label, listed once in funnel order.</summary>
public sealed class CallOutcomeTests
{
    private const FunnelStage Pitched = FunnelStage.Dialled | FunnelStage.ValidNumber | FunnelStage.Reached | FunnelStage.DecisionMaker | FunnelStage.Pitched;

    [Fact]
    public void PitchedCallBack_ReachesTheSameStagesAsPitchedNoFollowUp()
    {
        Assert.Equal(Pitched, CallOutcomes.Stages(CallOutcome.PitchedCallBack));
        Assert.Equal(Pitched, CallOutcomes.Stages(CallOutcome.PitchedNoFollowUp));
        Assert.Equal(8, (int)CallOutcome.PitchedCallBack);
        Assert.Equal(5, (int)CallOutcome.PitchedNoFollowUp);
    }

    [Fact]
    public void Labels_TheSplitOutcomesHaveTheirOwnWords()
    {
        Assert.Equal("Argumenté sans suite", CallOutcomes.Label(CallOutcome.PitchedNoFollowUp));
        Assert.Equal("Argumenté, à rappeler", CallOutcomes.Label(CallOutcome.PitchedCallBack));
        Assert.Equal("Décideur absent, à rappeler", CallOutcomes.Label(CallOutcome.DecisionMakerAbsent));
    }

    [Fact]
    public void EveryOutcome_HasStagesALabelAndItsPlaceInFunnelOrder()
    {
        var all = Enum.GetValues<CallOutcome>();

        Assert.Equal(all.OrderBy(o => o), CallOutcomes.InFunnelOrder.OrderBy(o => o));
        Assert.All(all, o =>
        {
            Assert.True(CallOutcomes.Stages(o).HasFlag(FunnelStage.Dialled));
            Assert.NotEqual(o.ToString(), CallOutcomes.Label(o));
        });
        Assert.Equal(CallOutcome.PitchedCallBack, CallOutcomes.InFunnelOrder[CallOutcomes.InFunnelOrder.ToList().IndexOf(CallOutcome.PitchedNoFollowUp) + 1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => CallOutcomes.Stages((CallOutcome)99));
    }

    [Theory]
    [InlineData(CallOutcome.DecisionMakerAbsent, true, true)]
    [InlineData(CallOutcome.PitchedCallBack, true, true)]
    [InlineData(CallOutcome.AppointmentMade, false, true)]
    [InlineData(CallOutcome.PitchedNoFollowUp, false, false)]
    [InlineData(CallOutcome.Gatekeeper, false, false)]
    [InlineData(CallOutcome.Order, false, false)]
    public void CallBacksAndDates_OnlyTheAgreedFollowUps(CallOutcome outcome, bool callBack, bool needsDate)
    {
        Assert.Equal(callBack, CallOutcomes.IsCallBack(outcome));
        Assert.Equal(callBack, CallOutcomes.CallBacks.Contains(outcome));
        Assert.Equal(needsDate, CallOutcomes.NeedsDate(outcome));
    }

    [Fact]
    public void Funnel_CountsEachCall_TwoCallsToOneProspectAreTwoCallsDialled()
    {
        // One prospect: décideur absent, then argumenté à rappeler, then RDV — three calls émis, all three reached.
        var f = PhoneFunnel.From([CallOutcome.DecisionMakerAbsent, CallOutcome.PitchedCallBack, CallOutcome.AppointmentMade]);

        Assert.Equal(new PhoneFunnel(3, 3, 3, 2, 2, 1, 0), f);
    }
}
