namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// The class's practice outcome profile (DOMAIN.md « Practice outcomes »): the share of each ring in solo role play, so
/// that a generated file behaves like a real one. Defaults: faux numéro 12 %, pas de réponse 30 %, barrage 15 %, décideur
/// absent 10 %, décideur joint 33 %. The five shares add up to 100.
/// </summary>
public sealed record OutcomeProfile(int WrongNumber, int NoAnswer, int Gatekeeper, int DecisionMakerAbsent, int DecisionMakerReached)
{
    public static OutcomeProfile Default { get; } = new(12, 30, 15, 10, 33);

    /// <summary>A French message when the shares are not five whole percentages adding up to 100; null when they are.</summary>
    public string? Error()
    {
        int[] shares = [WrongNumber, NoAnswer, Gatekeeper, DecisionMakerAbsent, DecisionMakerReached];
        if (shares.Any(s => s is < 0 or > 100))
        {
            return "Chaque part est un pourcentage entre 0 et 100.";
        }
        var total = shares.Sum();
        return total == 100 ? null : $"Les cinq parts doivent faire 100 % (elles font {total} %).";
    }

    /// <summary>The ring of one call, from its seed: a number 0–99 falls in the shares, in the funnel's order.</summary>
    public ReachDraw Draw(ulong seed)
    {
        var roll = new SeededDraw(seed).Next(100);
        if ((roll -= WrongNumber) < 0) { return ReachDraw.WrongNumber; }
        if ((roll -= NoAnswer) < 0) { return ReachDraw.NoAnswer; }
        if ((roll -= Gatekeeper) < 0) { return ReachDraw.Gatekeeper; }
        return roll - DecisionMakerAbsent < 0 ? ReachDraw.DecisionMakerAbsent : ReachDraw.DecisionMakerReached;
    }
}
