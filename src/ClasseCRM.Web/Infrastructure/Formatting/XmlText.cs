using System.Text;

namespace ClasseCRM.Web.Infrastructure.Formatting;

/// <summary>
/// Text made safe for an XML document (DOCX, XLSX): a vertical tab or a form feed — what Word puts for Shift+Enter and a
/// page break — becomes a line break, and every other character that XML 1.0 forbids (controls other than tab and line
/// breaks, U+FFFE, U+FFFF, a lone surrogate) is removed, so that a pasted text never breaks an export.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var keep = pair || c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
            if (keep && clean is null)
            {
                if (pair)
                {
                    i++;
                }
                continue;
            }
            clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            if (pair)
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (keep)
            {
                clean.Append(c);
            }
            else if (c is '\v' or '\f')
            {
                clean.Append('\n');
            }
        }
        return clean?.ToString() ?? text;
    }
}
