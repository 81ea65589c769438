using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Writes a one-sheet .xlsx of text cells straight into a zip stream (SpreadsheetML: content types, relationships,
/// workbook, sheet), row by row, so 100 000 rows stream to the browser without being held in memory. Empty cells are
/// left out, formulas are neutralised and characters XML cannot hold are dropped.
/// </summary>
public static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Write(Stream output, string sheetName, IEnumerable<IReadOnlyList<string?>> rows) =>
        WriteAsync(output, sheetName, rows.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();

    public static async Task WriteAsync(Stream output, string sheetName, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddTextAsync(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "</Types>");
        await AddTextAsync(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
            "</Relationships>");
        await AddTextAsync(zip, "xl/workbook.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"{System.Security.SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        await AddTextAsync(zip, "xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            "</Relationships>");

        // The sheet is written as text, a batch of rows at a time, then encoded and sent: one awaited write per
        // 64 K characters instead of several per cell (an XmlWriter in async mode spent more than SQLite did).
        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(ct);
        var text = new StringBuilder(80 * 1024);
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<worksheet xmlns=\"").Append(Main).Append("\"><sheetData>");
        var rowNumber = 0;
        var columns = new List<string>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            rowNumber++;
            text.Append("<row r=\"").Append(rowNumber).Append("\">");
            for (var i = 0; i < row.Count; i++)
            {
                var value = SpreadsheetSafety.Neutralise(row[i]);
                if (value.Length == 0)
                {
                    continue;
                }
                while (columns.Count <= i)
                {
                    columns.Add(ColumnName(columns.Count));
                }
                text.Append("<c r=\"").Append(columns[i]).Append(rowNumber).Append("\" t=\"inlineStr\"><is><t");
                if (value[0] == ' ' || value[^1] == ' ')
                {
                    text.Append(" xml:space=\"preserve\"");
                }
                text.Append('>');
                AppendEscaped(text, value);
                text.Append("</t></is></c>");
            }
            text.Append("</row>");
            if (text.Length >= 64 * 1024)
            {
                await FlushAsync(text, stream, ct);
            }
        }
        text.Append("</sheetData></worksheet>");
        await FlushAsync(text, stream, ct);
    }

    private static async Task FlushAsync(StringBuilder text, Stream stream, CancellationToken ct)
    {
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                length += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(length));
            }
            await stream.WriteAsync(bytes.AsMemory(0, length), ct);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
        text.Clear();
    }

    /// <summary>
    /// The value as XML text: markup characters escaped, a carriage return kept as a character reference (XML would
    /// otherwise turn it into a line feed), and the control characters XML 1.0 cannot hold left out.
    /// </summary>
    private static void AppendEscaped(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    text.Append("&amp;");
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                case '\r':
                    text.Append("&#13;");
                    break;
                case '\t' or '\n':
                    text.Append(c);
                    break;
                case < ' ':
                    break;
                case '\uFFFE' or '\uFFFF':
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
    }

    /// <summary>"A", "B", … "Z", "AA"… for a zero-based column.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static async Task AddTextAsync(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync();
        var bytes = Encoding.UTF8.GetBytes(content);
        await stream.WriteAsync(bytes);
    }
}
