using System.Globalization;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// Amounts and rates written the French way (1 234,50 €, 12,5 %: a no-break space before €, a narrow one before %,
/// as <see cref="FrenchTypography"/> says), whatever the server's culture: the domain's own
/// messages (a price under the floor, a resale at a loss) quote figures a student compares with their documents.
/// </summary>
public static class FrenchNumbers
{
    public static readonly CultureInfo Culture = CreateCulture();

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("fr-FR").Clone();
        // A plain no-break space as thousands separator: readable everywhere and the same on every server.
        culture.NumberFormat.NumberGroupSeparator = "\u00A0";
        culture.NumberFormat.CurrencyGroupSeparator = "\u00A0";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.CurrencyDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }

    public static string Money(decimal amount) => amount.ToString("#,##0.00", Culture) + "\u00A0€";

    /// <summary>A rate as a percentage with one decimal, rounded half away from zero (DOMAIN.md).</summary>
    public static string Percent(decimal rate) =>
        Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", Culture) + "\u202F%";
}
