using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>Writes one worksheet of text cells with the Open XML SDK's streaming writer (fast for 100 000 rows); formulas neutralised.</summary>
public static class XlsxWriter
{
    public static void Write(Stream output, string sheetName, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            foreach (var row in rows)
            {
                writer.WriteStartElement(new Row());
                foreach (var value in row)
                {
                    writer.WriteStartElement(new Cell { DataType = CellValues.InlineString });
                    writer.WriteStartElement(new InlineString());
                    writer.WriteElement(new Text(SpreadsheetSafety.Neutralise(value)) { Space = SpaceProcessingModeValues.Preserve });
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName }));
        workbookPart.Workbook.Save();
    }
}
