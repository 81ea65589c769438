using System.Globalization;
using System.Text;
using System.Xml;
using ClasseCRM.Web.Infrastructure.Csv;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Reads the first worksheet of an .xlsx as text rows (shared strings, inline strings, numbers, booleans), each with
/// its row number, as a stream: the shared strings and the sheet are read node by node and text chunk by chunk, and
/// every <see cref="ImportLimits"/> is enforced while reading, so a hostile file (a huge cell, millions of rows, a
/// DTD, a zip bomb) is refused early, having cost little memory. Phonetic runs are left out, rich-text runs joined.
/// Throws <see cref="ImportRefusedException"/> for a limit, and <see cref="InvalidDataException"/> or
/// <see cref="XmlException"/> for a file that is not a readable workbook.
/// </summary>
public static class XlsxReader
{
    public static List<CsvRecord> Read(Stream input)
    {
        using var package = XlsxPackage.Open(input);
        var (worksheet, sharedStrings) = package.SheetParts(package.WorkbookPart());
        var shared = sharedStrings is null ? [] : ReadSharedStrings(package, sharedStrings);
        return ReadSheet(package, worksheet, shared);
    }

    /// <summary>Every shared string, cleaned; null for one longer than a cell may be (refused if a cell uses it).</summary>
    private static List<string?> ReadSharedStrings(XlsxPackage package, string part)
    {
        var strings = new List<string?>();
        var text = new StringBuilder();
        var buffer = new char[4096];
        using var reader = package.OpenPart(part, ImportLimits.MaxSharedStringsCharacters, ImportLimits.SharedStringsTooLarge);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                text.Clear();
                var fits = ReadRichText(reader, text, buffer, stopEarly: false);
                strings.Add(fits && text.Length <= ImportLimits.MaxCellCharacters ? CellText.Clean(text) : null);
            }
        }
        return strings;
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt; and its runs' &lt;t&gt;, without phonetic runs. False when too long.</summary>
    private static bool ReadRichText(XmlReader reader, StringBuilder text, char[] buffer, bool stopEarly)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }
        var depth = reader.Depth;
        var fits = true;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "rPh" or "rPr" or "phoneticPr")
            {
                reader.Skip();
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                fits &= XlsxPackage.AppendText(reader, text, buffer, ImportLimits.MaxCellCharacters + 1, stopEarly);
                if (!fits && stopEarly)
                {
                    return false;
                }
            }
            reader.Read();
        }
        return fits;
    }

    private static List<CsvRecord> ReadSheet(XlsxPackage package, string part, List<string?> shared)
    {
        var table = new TableBuilder();
        var text = new StringBuilder();
        var buffer = new char[4096];
        var lastRow = 0;
        using var reader = package.OpenPart(part, ImportLimits.MaxWorksheetCharacters, ImportLimits.WorksheetTooLarge);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }
            lastRow = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : lastRow + 1;
            table.StartRow(lastRow);
            if (!reader.IsEmptyElement)
            {
                ReadCells(reader, table, text, buffer, shared);
            }
            table.EndRow();
        }
        return table.Records;
    }

    /// <summary>The cells of the &lt;row&gt; the reader is on, up to its end.</summary>
    private static void ReadCells(XmlReader reader, TableBuilder table, StringBuilder text, char[] buffer, List<string?> shared)
    {
        var depth = reader.Depth;
        var next = 0;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }
            var column = ColumnIndex(reader.GetAttribute("r")) ?? next;
            table.CheckColumn(column);
            next = column + 1;
            var type = reader.GetAttribute("t");
            text.Clear();
            if (!reader.IsEmptyElement)
            {
                ReadCell(reader, table, text, buffer, column, type);
            }
            if (type == "s")
            {
                var index = int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? i : -1;
                if (index >= 0 && shared[index] is null)
                {
                    table.CheckLength(ImportLimits.MaxCellCharacters + 1, column);
                }
                table.AddClean(column, index >= 0 ? shared[index]! : "");
            }
            else if (type == "b")
            {
                table.AddClean(column, text.ToString().Trim() == "1" ? "oui" : "non");
            }
            else
            {
                table.AddCell(column, text);
            }
        }
    }

    /// <summary>The value of the &lt;c&gt; the reader is on: its &lt;v&gt;, or its inline string; a formula is left out.</summary>
    private static void ReadCell(XmlReader reader, TableBuilder table, StringBuilder text, char[] buffer, int column, string? type)
    {
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v" && type != "inlineStr")
            {
                if (!XlsxPackage.AppendText(reader, text, buffer, ImportLimits.MaxCellCharacters + 1, stopEarly: true))
                {
                    table.CheckLength(text.Length, column);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                if (!ReadRichText(reader, text, buffer, stopEarly: true))
                {
                    table.CheckLength(text.Length, column);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
                continue;
            }
            reader.Read();
        }
    }

    /// <summary>"C7" → 2 (zero-based column of a cell reference); beyond three letters, past the last allowed column.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference) || !char.IsAsciiLetter(reference[0]))
        {
            return null;
        }
        var index = 0;
        var letters = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            if (++letters > 3)
            {
                return int.MaxValue;
            }
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
