using System.Globalization;
using ClasseCRM.Web.Infrastructure.Csv;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>Reads the first worksheet of an .xlsx as text rows (shared strings, inline strings and numbers), with their row numbers.</summary>
public static class XlsxReader
{
    public static List<CsvRecord> Read(Stream input, int maxRows)
    {
        using var document = SpreadsheetDocument.Open(input, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("Classeur vide.");
        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("Aucune feuille.");
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var records = new List<CsvRecord>();
        foreach (var row in worksheetPart.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var index = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < index)
                {
                    cells.Add("");
                }
                cells.Add(Value(cell, shared).Trim());
            }
            if (cells.Exists(c => c.Length > 0))
            {
                records.Add(new CsvRecord((int)(row.RowIndex?.Value ?? (uint)(records.Count + 1)), cells.ToArray()));
                if (records.Count > maxRows)
                {
                    break;
                }
            }
        }
        return records;
    }

    private static string Value(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length)
        {
            return shared[i];
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return cell.CellValue?.Text == "1" ? "oui" : "non";
        }
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>"C7" → 2 (zero-based column of a cell reference).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
