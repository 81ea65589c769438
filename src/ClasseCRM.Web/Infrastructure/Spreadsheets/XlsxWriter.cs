using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

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

        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(ct);
        await using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true });
        await xml.WriteStartDocumentAsync(true);
        await xml.WriteStartElementAsync(null, "worksheet", Main);
        await xml.WriteStartElementAsync(null, "sheetData", Main);
        var rowNumber = 0;
        var columns = new List<string>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            rowNumber++;
            var r = rowNumber.ToString(CultureInfo.InvariantCulture);
            await xml.WriteStartElementAsync(null, "row", Main);
            await xml.WriteAttributeStringAsync(null, "r", null, r);
            for (var i = 0; i < row.Count; i++)
            {
                var value = Clean(SpreadsheetSafety.Neutralise(row[i]));
                if (value.Length == 0)
                {
                    continue;
                }
                while (columns.Count <= i)
                {
                    columns.Add(ColumnName(columns.Count));
                }
                await xml.WriteStartElementAsync(null, "c", Main);
                await xml.WriteAttributeStringAsync(null, "r", null, columns[i] + r);
                await xml.WriteAttributeStringAsync(null, "t", null, "inlineStr");
                await xml.WriteStartElementAsync(null, "is", Main);
                await xml.WriteStartElementAsync(null, "t", Main);
                if (value[0] == ' ' || value[^1] == ' ')
                {
                    await xml.WriteAttributeStringAsync("xml", "space", null, "preserve");
                }
                await xml.WriteStringAsync(value);
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
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

    private static string Clean(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            {
                return new string(value.Where(x => x >= 0x20 || x is '\t' or '\n' or '\r').ToArray());
            }
        }
        return value;
    }
}
