using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.UnitTests.Domain.RolePlay;

/// <summary>The scripted exchange: objections lifted by answers that « avance », patience spent by the others; RDV, rappel or refus.</summary>
public sealed class SoloExchangeTests
{
    private static readonly List<RoleCardObjection> Two =
    [
        new() { Text = "Trop cher", Type = "Prix", Firmness = Firmness.High },
        new() { Text = "Pas besoin", Type = "Besoin", Firmness = Firmness.Low },
    ];

    private static (ExchangeState State, ExchangeEnd? End) Play(params Reaction[] reactions)
    {
        var state = SoloExchange.Start(Two);
        ExchangeEnd? end = null;
        foreach (var r in reactions)
        {
            Assert.Null(end);
            (state, end) = SoloExchange.Answer(state, Two, r);
        }
        return (state, end);
    }

    [Fact]
    public void Start_OnTheFirstObjection_WithItsFirmnessAndFullPatience() =>
        Assert.Equal(new ExchangeState(0, 3, SoloExchange.Patience, 0), SoloExchange.Start(Two));

    [Fact]
    public void Answer_AFirmObjectionNeedsTwoGoodAnswers_EveryObjectionLifted_IsARdv()
    {
        var (state, end) = Play(Reaction.Advance);
        Assert.Equal((new ExchangeState(0, 1, 3, 0), (ExchangeEnd?)null), (state, end));
        Assert.Equal((new ExchangeState(2, 0, 3, 2), (ExchangeEnd?)ExchangeEnd.Appointment), Play(Reaction.Advance, Reaction.Advance, Reaction.Advance));
    }

    [Fact]
    public void Answer_PatienceSpentBeforeAnyObjectionLifted_IsARefusal() =>
        Assert.Equal(ExchangeEnd.Refusal, Play(Reaction.Neutral, Reaction.Harden, Reaction.Neutral).End);

    [Fact]
    public void Answer_PatienceSpentAfterAnObjectionLifted_IsACallBack() =>
        Assert.Equal(ExchangeEnd.CallBack, Play(Reaction.Advance, Reaction.Advance, Reaction.Neutral, Reaction.Neutral, Reaction.Harden).End);

    [Fact]
    public void Answer_HardenMakesTheObjectionFirmer_UpToVeryFirm()
    {
        Assert.Equal(new ExchangeState(0, 3, 2, 0), Play(Reaction.Harden).State);
        Assert.Equal(new ExchangeState(0, 3, 1, 0), Play(Reaction.Advance, Reaction.Harden, Reaction.Harden).State);
    }
}
