using System.Globalization;
using System.Text;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// Folds text for search, comparison and sorting: lower case, no accents, ligatures spelt out (œ → oe, æ → ae, ß → ss),
/// single spaces. "Hélène  LEFÈVRE" and "helene lefevre" fold to the same text (SQLite's NOCASE is ASCII-only, so the
/// folded text is stored and searched instead). Folded names compared ordinally give the order of a French dictionary
/// for names (« Éclair » with « Eclat » under E, « Œuvre » after « Oeillet »): see <see cref="FrenchNameComparer"/>.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        if (System.Text.Ascii.IsValid(text))
        {
            return FoldAscii(text);
        }
        if (!text.AsSpan().ContainsAnyInRange(LatinEnd, char.MaxValue))
        {
            return FoldLatin(text);
        }
        return FoldAnyText(text);
    }

    /// <summary>
    /// The general folding, for any text: small letters, the accents taken off the decomposed letters, the ligatures spelt
    /// out, single spaces. <see cref="Fold"/> takes shorter ways for ASCII and Latin texts, which give the same result.
    /// </summary>
    internal static string FoldAnyText(string text)
    {
        var normalized = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var space = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            // Only the ligatures: the stored search texts and keys were folded this way (a change would need them rebuilt).
            if (Ligature(c) is { } spelt)
            {
                builder.Append(spelt);
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Fold"/> of a text of ASCII characters only (most names, e-mails, towns without accents), in one pass: such
    /// a text has no accent nor ligature, so folding it is putting its letters in small letters and its spaces single.
    /// </summary>
    private static string FoldAscii(string text)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return buffer[..length].SequenceEqual(text) ? text : new string(buffer[..length]);
    }

    /// <summary>The Latin letters (accented or not) end before this character: <see cref="LatinFolds"/> holds their folds.</summary>
    private const char LatinEnd = '\u0250';

    /// <summary>Each character below <see cref="LatinEnd"/> folded the general way (<see cref="FoldAnyText"/>): « é » → "e", « œ » → "oe".</summary>
    private static readonly string[] LatinFolds = Enumerable.Range(0, LatinEnd).Select(c => FoldAnyText(((char)c).ToString())).ToArray();

    /// <summary>
    /// <see cref="Fold"/> of a text of Latin characters only (French names with accents), one character at a time: such a
    /// character decomposes into a letter and accents alone, so its fold does not depend on its neighbours (the accents
    /// taken off are the only characters the decomposition orders again).
    /// </summary>
    private static string FoldLatin(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(LatinFolds[c]);
        }
        return builder.ToString();
    }

    private static string? Ligature(char c) => c switch { 'œ' => "oe", 'æ' => "ae", 'ß' => "ss", _ => null };

    /// <summary>
    /// An identifier made from a name: lower-case ASCII letters and digits, accents dropped and the letters that have
    /// none spelt out (« Anaïs Bœuf » → "anais-boeuf", æ → ae, ß → ss, ø → o, ł → l), anything else one dash.
    /// </summary>
    public static string Slug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var normalized = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(normalized.Length + 4);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                AppendLetter(letters, c);
            }
        }
        var builder = new StringBuilder(letters.Length);
        foreach (var c in letters.ToString())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>A lower-case letter for an identifier, with the Latin letters that no accent removal turns into ASCII spelt out.</summary>
    private static void AppendLetter(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'œ':
                builder.Append("oe");
                break;
            case 'æ':
                builder.Append("ae");
                break;
            case 'ß':
                builder.Append("ss");
                break;
            case 'ø':
                builder.Append('o');
                break;
            case 'ł':
                builder.Append('l');
                break;
            case 'đ' or 'ð':
                builder.Append('d');
                break;
            case 'þ':
                builder.Append("th");
                break;
            case 'ı':
                builder.Append('i');
                break;
            default:
                builder.Append(c);
                break;
        }
    }

    /// <summary>Only the digits of a text (phone numbers, SIRET typed with spaces).</summary>
    public static string Digits(string? text) => Keep(text, char.IsAsciiDigit);

    /// <summary>The letters and digits of a text, in order, without anything else (« le-roux 2 » → "leroux2").</summary>
    public static string LettersAndDigits(string? text) => Keep(text, char.IsLetterOrDigit);

    private static string Keep(string? text, Func<char, bool> kept)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (kept(c))
            {
                buffer[length++] = c;
            }
        }
        return length == text.Length ? text : new string(buffer[..length]);
    }
}
