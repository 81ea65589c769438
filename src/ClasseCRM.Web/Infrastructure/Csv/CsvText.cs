using System.Text;

namespace ClasseCRM.Web.Infrastructure.Csv;

/// <summary>
/// Reads CSV as teachers' spreadsheets write it: UTF-8 (with or without BOM) or Windows-1252 (Excel in French),
/// ';' or ',' as separator, quoted fields with doubled quotes and line breaks.
/// </summary>
public static class CsvText
{
    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes bytes as UTF-8 when they are valid UTF-8, else as Windows-1252.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>The separator of the first line: ';' unless it has more ',' than ';' outside quotes.</summary>
    public static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /// <summary>
    /// Splits the text into records, each numbered as a spreadsheet numbers its rows (the header is row 1): a line
    /// break inside quotes stays in its cell and does not start a row, so row 3 is row 3 in the error report and in the
    /// spreadsheet the file was saved from, whatever row 2 holds. Blank lines are left out but keep their row number,
    /// as a spreadsheet shows them as empty rows.
    /// </summary>
    public static List<CsvRecord> Parse(string text, char separator)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var row = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                EndRecord();
                row++;
            }
            else
            {
                field.Append(c);
            }
        }
        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Exists(f => f.Trim().Length > 0))
            {
                records.Add(new CsvRecord(row, fields.Select(f => f.Trim()).ToArray()));
            }
            fields.Clear();
        }
    }
}
