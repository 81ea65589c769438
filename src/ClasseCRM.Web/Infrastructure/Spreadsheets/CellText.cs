using System.Text;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// The text of an imported cell as it may be stored: NUL and the other C0 and C1 control characters, U+FFFE and U+FFFF
/// are removed, a tab becomes a space, and a line break (CR, LF or CRLF) becomes one LF, then the cell is trimmed —
/// whatever a file holds, no control character reaches the database. (A line break stays a line break here: the notes
/// column is multi-line; the import turns it into a space in every one-line field.)
/// </summary>
public static class CellText
{
    public static string Clean(StringBuilder raw)
    {
        var clean = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }
                clean.Append('\n');
            }
            else if (c == '\n')
            {
                clean.Append('\n');
            }
            else if (c == '\t')
            {
                clean.Append(' ');
            }
            else if (!IsRemoved(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString().Trim();
    }

    public static string Clean(string raw) => raw.Length == 0 ? raw : Clean(new StringBuilder(raw));

    /// <summary>A control character (C0 but tab and line breaks, DEL, C1) or one of the two non-characters U+FFFE and U+FFFF.</summary>
    public static bool IsRemoved(char c) => c < ' ' ? c is not ('\t' or '\n' or '\r') : (c >= '\u007F' && c <= '\u009F') || c is '\uFFFE' or '\uFFFF';

    /// <summary>The value as one line: line breaks become spaces (every field but the notes).</summary>
    public static string OneLine(string value) => value.Contains('\n') ? value.Replace('\n', ' ') : value;
}
