using System.Globalization;
using System.Text;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// Folds text for search and comparison: lower case, no accents, single spaces. "Hélène  LEFÈVRE" and "helene lefevre"
/// fold to the same text (SQLite's NOCASE is ASCII-only, so the folded text is stored and searched instead).
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
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
            builder.Append(c switch { 'œ' => "oe", 'æ' => "ae", 'ß' => "ss", _ => c.ToString() });
        }
        return builder.ToString();
    }

    /// <summary>Only the digits of a text (phone numbers, SIRET typed with spaces).</summary>
    public static string Digits(string? text) => text is null ? "" : new string(text.Where(char.IsAsciiDigit).ToArray());
}
