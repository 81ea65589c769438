using System.Text.RegularExpressions;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// French typography (Imprimerie nationale): a narrow no-break space (U+202F) before « ; », « ! », « ? » and « % », a
/// no-break space (U+00A0) before « : » and « € » and inside the guillemets (« … »), so that a sign never wraps alone
/// onto the next line; and real plurals instead of « (s) » (« 0 fiche », « 1 fiche », « 3 fiches »). The texts written
/// in the code already carry these spaces (a fixer rewrites the views' literal text); this class applies the same rule
/// to texts put together at run time.
/// </summary>
public static partial class FrenchTypography
{
    /// <summary>U+00A0, before « : » and « € », after « and before ».</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>U+202F, before « ; », « ! », « ? » and « % ».</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>
    /// The text with the right space before each sign that takes one. Only a space already there is changed (a sign
    /// glued to the word, as in « 10:30 », « ?page=2 » or « http:// », is left alone), except « % » after a digit
    /// (« 12% » → « 12 % »); a space at the start of a line stays as it is.
    /// </summary>
    public static string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        text = NarrowBefore().Replace(text, "\u202F$1");
        text = WideBefore().Replace(text, "\u00A0$1");
        text = PercentAfterDigit().Replace(text, "$1\u202F%");
        text = AfterOpening().Replace(text, "«\u00A0");
        return BeforeClosing().Replace(text, "\u00A0»");
    }

    /// <summary>« 3 fiches », « 1 fiche », « 0 fiche » (in French, 0 and 1 take the singular).</summary>
    public static string Plural(int count, string singular, string plural) =>
        count.ToString("#,##0", FrenchNumbers.Culture) + " " + Word(count, singular, plural);

    /// <summary>The word alone, singular for 0 and 1 (« réponse », « réponses »).</summary>
    public static string Word(int count, string singular, string plural) => count is >= -1 and <= 1 ? singular : plural;

    [GeneratedRegex(@"(?<=[^\s\u00A0\u202F])[ \u00A0\u202F]+([;!?%])(?![=])")]
    private static partial Regex NarrowBefore();

    [GeneratedRegex(@"(?<=[^\s\u00A0\u202F])[ \u00A0\u202F]+([:€])")]
    private static partial Regex WideBefore();

    [GeneratedRegex(@"(\d)%")]
    private static partial Regex PercentAfterDigit();

    [GeneratedRegex(@"«[ \u00A0\u202F]*")]
    private static partial Regex AfterOpening();

    [GeneratedRegex(@"[ \u00A0\u202F]*»")]
    private static partial Regex BeforeClosing();
}
