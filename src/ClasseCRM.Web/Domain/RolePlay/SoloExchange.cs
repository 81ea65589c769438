namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// The scripted exchange of solo role play (issue 19, item 3): the décideur raises the card's objections one by one; an
/// answer that « avance » takes 2 off the objection's firmness (so a very firm one needs two), « neutre » costs one unit
/// of patience, « durcit » costs one and makes the objection firmer (3 at most). An objection at 0 is lifted and the
/// next one comes. Every objection lifted: RDV. Patience spent: a call-back when at least one objection was lifted,
/// else a refusal.
/// </summary>
public static class SoloExchange
{
    public const int Patience = 3;

    public static ExchangeState Start(IReadOnlyList<RoleCardObjection> objections) =>
        new(0, (int)objections[0].Firmness, Patience, 0);

    public static (ExchangeState State, ExchangeEnd? End) Answer(ExchangeState s, IReadOnlyList<RoleCardObjection> objections, Reaction reaction)
    {
        var next = reaction switch
        {
            Reaction.Advance => s with { Remaining = s.Remaining - 2 },
            Reaction.Harden => s with { Remaining = Math.Min((int)Firmness.High, s.Remaining + 1), Patience = s.Patience - 1 },
            _ => s with { Patience = s.Patience - 1 },
        };
        if (next.Remaining <= 0)
        {
            var index = next.Index + 1;
            next = next with { Index = index, Lifted = next.Lifted + 1, Remaining = index < objections.Count ? (int)objections[index].Firmness : 0 };
            if (index >= objections.Count)
            {
                return (next, ExchangeEnd.Appointment);
            }
        }
        if (next.Patience <= 0)
        {
            return (next, next.Lifted > 0 ? ExchangeEnd.CallBack : ExchangeEnd.Refusal);
        }
        return (next, null);
    }
}
