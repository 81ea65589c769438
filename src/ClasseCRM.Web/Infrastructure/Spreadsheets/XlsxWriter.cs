using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Writes a one-sheet .xlsx straight into a zip stream (SpreadsheetML: content types, relationships, workbook, styles,
/// sheet), row by row, so 100 000 rows stream to the browser without being held in memory. Empty cells are left out,
/// text cells have their formulas neutralised and the characters XML cannot hold dropped.
/// <para>
/// Two ways to write: <see cref="WriteAsync"/> / <see cref="Write"/> take rows of text (every cell a text cell);
/// <see cref="WriteCellsAsync"/> / <see cref="WriteCells"/> take rows of <see cref="XlsxCell"/>, where a number stays a
/// numeric cell with its French format: <c>XlsxCell.Integer(12)</c> « 12 », <c>XlsxCell.Decimal(3.25m)</c> « 3,3 »
/// (one decimal shown), <c>XlsxCell.Money(1234.5m)</c> « 1 234,50 € », <c>XlsxCell.Percent(0.125m)</c> « 12,5 % » (a
/// ratio), and a string converts to a text cell. Example, a label and its value in two cells:
/// <code>await XlsxWriter.WriteCellsAsync(stream, "Chiffres", rows.ToAsyncEnumerable(), ct);
/// // rows: [["Indicateur", "Objectif", "Réalisé", "Taux"], ["CA HT", XlsxCell.Money(5000m), XlsxCell.Money(4250.5m), XlsxCell.Percent(0.8501m)]]</code>
/// </para>
/// </summary>
public static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Number format ids in styles.xml: 3 is Excel's built-in « # ##0 »; 164 and up are ours.</summary>
    public const int IntegerFormatId = 3;
    public const int DecimalFormatId = 164;
    public const int MoneyFormatId = 165;
    public const int PercentFormatId = 166;

    /// <summary>The format codes as SpreadsheetML stores them (a French spreadsheet shows « # ##0,0 », « # ##0,00 € », « 0,0 % »).</summary>
    public const string DecimalFormatCode = "#,##0.0";
    public const string MoneyFormatCode = "#,##0.00\\ \"€\"";
    public const string PercentFormatCode = "0.0 %"; // typo-fix: keep

    public static void Write(Stream output, string sheetName, IEnumerable<IReadOnlyList<string?>> rows) =>
        WriteAsync(output, sheetName, rows.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Rows of text: every cell is a text cell (formulas neutralised).</summary>
    public static Task WriteAsync(Stream output, string sheetName, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct) =>
        WriteCellsAsync(output, sheetName, rows.Select(IReadOnlyList<XlsxCell> (row) => new TextRow(row)), ct);

    public static void WriteCells(Stream output, string sheetName, IEnumerable<IReadOnlyList<XlsxCell>> rows) =>
        WriteCellsAsync(output, sheetName, rows.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Rows of typed cells: numbers as numeric cells with their French format, text neutralised.</summary>
    public static async Task WriteCellsAsync(Stream output, string sheetName, IAsyncEnumerable<IReadOnlyList<XlsxCell>> rows, CancellationToken ct)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddTextAsync(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
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
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
            "</Relationships>");
        await AddTextAsync(zip, "xl/styles.xml", Styles);

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
                var cell = row[i];
                if (cell.IsEmpty)
                {
                    continue;
                }
                while (columns.Count <= i)
                {
                    columns.Add(ColumnName(columns.Count));
                }
                text.Append("<c r=\"").Append(columns[i]).Append(rowNumber);
                if (cell.Kind != XlsxCellKind.Text)
                {
                    text.Append("\" s=\"").Append((int)cell.Kind).Append("\"><v>").Append(cell.NumberText).Append("</v></c>");
                    continue;
                }
                var value = SpreadsheetSafety.Neutralise(cell.Value);
                text.Append("\" t=\"inlineStr\"><is><t");
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

    /// <summary>
    /// The cell formats, indexed by <see cref="XlsxCellKind"/> (s="1" is an integer, s="3" money…); format codes are
    /// stored with "," for thousands and "." for decimals, and shown with the reader's own separators.
    /// </summary>
    private static readonly string Styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        $"<styleSheet xmlns=\"{Main}\">" +
        "<numFmts count=\"3\">" +
        $"<numFmt numFmtId=\"{DecimalFormatId}\" formatCode=\"{System.Security.SecurityElement.Escape(DecimalFormatCode)}\"/>" +
        $"<numFmt numFmtId=\"{MoneyFormatId}\" formatCode=\"{System.Security.SecurityElement.Escape(MoneyFormatCode)}\"/>" +
        $"<numFmt numFmtId=\"{PercentFormatId}\" formatCode=\"{System.Security.SecurityElement.Escape(PercentFormatCode)}\"/>" +
        "</numFmts>" +
        "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"5\">" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        $"<xf numFmtId=\"{IntegerFormatId}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        $"<xf numFmtId=\"{DecimalFormatId}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        $"<xf numFmtId=\"{MoneyFormatId}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        $"<xf numFmtId=\"{PercentFormatId}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "</cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
        "</styleSheet>";

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
