using System.Text;
using ClasseCRM.Web.Infrastructure.Csv;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Collects the rows a reader finds, cell by cell, and enforces <see cref="ImportLimits"/> as they come: a cell
/// longer than the limit is refused as soon as it is (row and column named), a column beyond the limit, the row after
/// the last allowed one and the text beyond the total stop the reading. Blank rows are left out but keep their number.
/// </summary>
public sealed class TableBuilder
{
    private readonly List<CsvRecord> records = [];
    private readonly List<string> cells = [];
    private long textKept;
    private int line;

    public List<CsvRecord> Records => records;

    /// <summary>Starts the row numbered <paramref name="rowNumber"/> as the spreadsheet shows it.</summary>
    public void StartRow(int rowNumber)
    {
        line = rowNumber;
        cells.Clear();
    }

    /// <summary>Refuses the file when the cell at <paramref name="column"/> would go beyond the last allowed column.</summary>
    public void CheckColumn(int column)
    {
        if (column >= ImportLimits.MaxColumns)
        {
            throw new ImportRefusedException(ImportLimits.TooManyColumns(line));
        }
    }

    /// <summary>Refuses the file when the raw text of the cell being read is already longer than a cell may be.</summary>
    public void CheckLength(int length, int column)
    {
        if (length > ImportLimits.MaxCellCharacters)
        {
            throw new ImportRefusedException(ImportLimits.CellTooLong(line, column));
        }
    }

    /// <summary>Puts a cell at its column (zero-based); the columns it skips are empty.</summary>
    public void AddCell(int column, StringBuilder raw)
    {
        CheckLength(raw.Length, column);
        AddClean(column, CellText.Clean(raw));
    }

    /// <summary>Puts a cell already cleaned (<see cref="CellText"/>) at its column (zero-based).</summary>
    public void AddClean(int column, string text)
    {
        CheckColumn(column);
        while (cells.Count < column)
        {
            cells.Add("");
        }
        if (column < cells.Count)
        {
            cells[column] = text;
        }
        else
        {
            cells.Add(text);
        }
    }

    /// <summary>Keeps the row unless it is blank; refuses the file at the row after the last allowed one or beyond the total text.</summary>
    public void EndRow()
    {
        if (!cells.Exists(c => c.Length > 0))
        {
            return;
        }
        if (records.Count > ImportLimits.MaxRows)
        {
            throw new ImportRefusedException(ImportLimits.TooManyRows);
        }
        foreach (var c in cells)
        {
            textKept += c.Length;
        }
        if (textKept > ImportLimits.MaxTextCharacters)
        {
            throw new ImportRefusedException(ImportLimits.TooMuchText);
        }
        records.Add(new CsvRecord(line, cells.ToArray()));
    }
}
