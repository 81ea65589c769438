using System.Globalization;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Infrastructure.Formatting;

/// <summary>French display of dates (dd/MM/yyyy, Europe/Paris) and money (1 234,50 €), whatever the server's culture.</summary>
public static class French
{
    public static readonly CultureInfo Culture = FrenchNumbers.Culture;

    public static DateTime ToParis(DateTime utc) => ParisTime.FromUtc(utc);

    /// <summary>A time typed in Paris (a form's datetime-local) as UTC, for storage.</summary>
    public static DateTime FromParis(DateTime local) => ParisTime.ToUtc(local);

    public static string Date(DateTime utc) => ToParis(utc).ToString("dd/MM/yyyy", Culture);

    public static string Date(DateTime? utc) => utc is { } d ? Date(d) : "—";

    public static string Timestamp(DateTime utc) => ToParis(utc).ToString("dd/MM/yyyy HH:mm", Culture);

    public static string Timestamp(DateTime? utc) => utc is { } d ? Timestamp(d) : "—";

    public static string Money(decimal amount) => FrenchNumbers.Money(amount);

    /// <summary>A rate as a percentage with one decimal, rounded half away from zero (DOMAIN.md).</summary>
    public static string Percent(decimal rate) => FrenchNumbers.Percent(rate);

    public static string Number(int value) => value.ToString("#,##0", Culture);

    /// <summary>An amount, or « — » when there is none (a cost not entered, a division by zero).</summary>
    public static string Money(decimal? amount) => amount is { } a ? Money(a) : "—";

    /// <summary>A percentage already × 100 and rounded (<c>Ratio.Percent</c>), or « — » when its denominator is 0.</summary>
    public static string Points(decimal? percent) => percent is { } p ? p.ToString("0.0", Culture) + "\u202F%" : "—";

    /// <summary>The French typography rule (<see cref="FrenchTypography"/>): the right no-break space before : ; ! ? % € and inside « ».</summary>
    public static string Typography(string? text) => FrenchTypography.Apply(text);

    /// <summary>A count with its word, singular for 0 and 1: « 0 fiche », « 1 fiche », « 3 fiches » (never « fiche(s) »).</summary>
    public static string Plural(int count, string singular, string plural) => FrenchTypography.Plural(count, singular, plural);

    /// <summary>The word alone for a count, singular for 0 and 1 (« 1 fiche importée », « 3 fiches importées »).</summary>
    public static string Word(int count, string singular, string plural) => FrenchTypography.Word(count, singular, plural);

    /// <summary>A count or an amount without trailing zeros (objectives: « 12 », « 1 250,5 »).</summary>
    public static string Figure(decimal value) => value.ToString("#,##0.##", Culture);
}
