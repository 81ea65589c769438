namespace ClasseCRM.Web.Infrastructure.Csv;

/// <summary>One record of a file and its row number as a spreadsheet shows it (the header is row 1; a line break inside a quoted cell does not count).</summary>
public sealed record CsvRecord(int Line, string[] Fields)
{
    public string this[int index] => index < Fields.Length ? Fields[index] : "";
}
