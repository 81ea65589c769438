using System.Text;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.Web.Infrastructure.Csv;

/// <summary>
/// Reads a CSV as a stream of characters, as teachers' spreadsheets write it (';', ',' or tab as separator, quoted
/// fields with doubled quotes and line breaks), enforcing <see cref="ImportLimits"/> as it goes: a field longer than a
/// cell may be, a column beyond the limit or the row after the last allowed one stops the reading with its French
/// message. Rows are numbered as the spreadsheet shows them (a quoted line break does not start a row, blank lines keep
/// their number). A quote left open at the end of the file is refused as not a readable CSV.
/// </summary>
public static class CsvReader
{
    public static List<CsvRecord> Read(byte[] bytes)
    {
        using var text = CsvEncoding.Open(bytes);
        var firstLine = FirstLine(text, out var start);
        return Parse(new PrefixedReader(start, text), DetectSeparator(firstLine));
    }

    /// <summary>The separator of the first line: the most frequent of ';', ',' and tab outside quotes (';' on a tie).</summary>
    public static char DetectSeparator(string firstLine)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in firstLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
    }

    public static List<CsvRecord> Parse(TextReader text, char separator)
    {
        var table = new TableBuilder();
        var field = new StringBuilder();
        var column = 0;
        var quoted = false;
        var row = 1;
        table.StartRow(row);
        int next;
        while ((next = text.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (text.Peek() == '"')
                    {
                        field.Append('"');
                        text.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                    table.CheckLength(field.Length, column);
                }
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                table.AddCell(column++, field);
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && text.Peek() == '\n')
                {
                    text.Read();
                }
                table.AddCell(column, field);
                table.EndRow();
                field.Clear();
                column = 0;
                table.StartRow(++row);
            }
            else
            {
                field.Append(c);
                table.CheckLength(field.Length, column);
            }
        }
        if (quoted)
        {
            throw new ImportRefusedException(ImportLimits.NotCsv);
        }
        table.AddCell(column, field);
        table.EndRow();
        return table.Records;
    }

    /// <summary>Reads the first line (up to 64 Ki characters, quotes considered) to detect the separator; it is given back to the parser.</summary>
    private static string FirstLine(TextReader text, out string consumed)
    {
        var line = new StringBuilder();
        var quoted = false;
        int next;
        while (line.Length < 65_536 && (next = text.Read()) >= 0)
        {
            var c = (char)next;
            line.Append(c);
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
        }
        consumed = line.ToString();
        return consumed;
    }
}
