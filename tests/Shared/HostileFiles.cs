using System.IO.Compression;
using System.Text;

namespace ClasseCRM.TestFiles;

/// <summary>
/// Hostile import files, generated (never checked in): workbooks written part by part straight into the zip, so a
/// 50 MB cell costs the test a few hundred kilobytes of memory, and CSV bytes. Linked into the unit tests, the
/// integration tests and the benchmark program.
/// </summary>
internal static class HostileFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook whose worksheet (and shared strings, if given) are written by the callbacks, as raw XML text.</summary>
    public static byte[] Xlsx(Action<TextWriter> sheetData, Action<TextWriter>? sharedStrings = null, string? workbookPrologue = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
            Part(zip, "_rels/.rels", w => w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", w => w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{workbookPrologue}<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets><sheet name=\"Feuille1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>"));
            Part(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheetData>");
                sheetData(w);
                w.Write("</sheetData></worksheet>");
            });
            if (sharedStrings is not null)
            {
                Part(zip, "xl/sharedStrings.xml", w =>
                {
                    w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
                    sharedStrings(w);
                    w.Write("</sst>");
                });
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A header row and one data row whose name is shared string 0, of <paramref name="characters"/> letters.</summary>
    public static byte[] HugeSharedString(long characters) => Xlsx(
        w => w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
        w =>
        {
            w.Write("<si><t>");
            var chunk = new string('A', 64 * 1024);
            for (var left = characters; left > 0; left -= chunk.Length)
            {
                w.Write(left >= chunk.Length ? chunk : chunk[..(int)left]);
            }
            w.Write("</t></si>");
        });

    /// <summary>A header row and one data row holding an inline string of <paramref name="characters"/> letters in the worksheet itself.</summary>
    public static byte[] HugeInlineCell(long characters) => Xlsx(w =>
    {
        w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
        var chunk = new string('A', 64 * 1024);
        for (var left = characters; left > 0; left -= chunk.Length)
        {
            w.Write(left >= chunk.Length ? chunk : chunk[..(int)left]);
        }
        w.Write("</t></is></c></row>");
    });

    /// <summary>A header row then <paramref name="rows"/> rows of one short cell each (no row numbers: they compress to almost nothing).</summary>
    public static byte[] ManyRows(int rows) => Xlsx(w =>
    {
        w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row>");
        for (var r = 0; r < rows; r++)
        {
            w.Write("<row><c><v>1</v></c></row>");
        }
    });

    /// <summary><paramref name="rows"/> empty rows (&lt;row/&gt;), nothing else.</summary>
    public static byte[] EmptyRows(int rows) => Xlsx(w =>
    {
        for (var r = 1; r <= rows; r++)
        {
            w.Write("<row spans=\"1:1\"/>");
        }
    });

    /// <summary>A workbook part with a DTD that defines entities (the "billion laughs").</summary>
    public static byte[] WithDtd() => Xlsx(
        w => w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
        workbookPrologue: "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>");

    /// <summary>A CSV of <paramref name="bytes"/> bytes: a header, then short rows.</summary>
    public static byte[] LargeCsv(int bytes)
    {
        var text = new StringBuilder("nom;code_postal;ville\n", bytes + 64);
        while (text.Length < bytes)
        {
            text.Append("Entreprise;35000;Rennes\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Random bytes (fixed seed), as a file renamed to .csv would hold.</summary>
    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(14).NextBytes(bytes);
        return bytes;
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024);
        write(writer);
    }
}
