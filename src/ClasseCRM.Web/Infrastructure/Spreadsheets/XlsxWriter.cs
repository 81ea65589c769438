using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Writes one worksheet of text cells. The sheet's XML is streamed straight into the package (100 000 rows in a couple
/// of seconds); empty cells are left out; formulas are neutralised and characters XML cannot hold are dropped.
/// </summary>
public static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(Stream output, string sheetName, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var stream = worksheetPart.GetStream(FileMode.Create, FileAccess.Write))
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("worksheet", Main);
            xml.WriteStartElement("sheetData", Main);
            var rowNumber = 0;
            var columns = new List<string>();
            foreach (var row in rows)
            {
                rowNumber++;
                var r = rowNumber.ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("row", Main);
                xml.WriteAttributeString("r", r);
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
                    xml.WriteStartElement("c", Main);
                    xml.WriteAttributeString("r", columns[i] + r);
                    xml.WriteAttributeString("t", "inlineStr");
                    xml.WriteStartElement("is", Main);
                    xml.WriteStartElement("t", Main);
                    if (value[0] == ' ' || value[^1] == ' ')
                    {
                        xml.WriteAttributeString("xml", "space", null, "preserve");
                    }
                    xml.WriteString(value);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName }));
        workbookPart.Workbook.Save();
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
