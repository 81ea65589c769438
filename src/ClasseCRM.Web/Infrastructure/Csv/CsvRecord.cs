namespace ClasseCRM.Web.Infrastructure.Csv;

/// <summary>One CSV record and the line of the file it starts on.</summary>
public sealed record CsvRecord(int Line, string[] Fields)
{
    public string this[int index] => index < Fields.Length ? Fields[index] : "";
}
