namespace ClasseCRM.Web.Domain.Figures;

/// <summary>
/// A ratio as the exam expects it: its name, its formula written out, numerator and denominator. A denominator of 0
/// gives no value (shown "—"); a taux is × 100 and shown with one decimal, rounded half away from zero (DOMAIN.md).
/// </summary>
public sealed record Ratio(string Name, string Formula, decimal Numerator, decimal Denominator)
{
    public decimal? Value => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary>The percentage rounded to one decimal, half away from zero; null when the denominator is 0.</summary>
    public decimal? Percent => Value is { } v ? Math.Round(v * 100m, 1, MidpointRounding.AwayFromZero) : null;
}
