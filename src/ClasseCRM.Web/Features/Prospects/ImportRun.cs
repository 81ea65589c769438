using ClasseCRM.Web.Infrastructure.Csv;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>What a claimed import job keeps between its chunks: the table, the mapping, the keys accepted so far.</summary>
public sealed class ImportRun(int id, int workspaceId, string token, string fileName, string author, IReadOnlyList<CsvRecord> rows, List<string> mapping, List<ImportRejection> rejections, int processed)
{
    public int Id { get; } = id;
    public int WorkspaceId { get; } = workspaceId;

    /// <summary>The claim this run holds on its row (<see cref="Domain.ProspectImport.RunToken"/>).</summary>
    public string Token { get; } = token;
    public string FileName { get; } = fileName;
    public string Author { get; } = author;
    public IReadOnlyList<CsvRecord> Rows { get; } = rows;
    public List<string> Mapping { get; } = mapping;

    /// <summary>Every refused row so far, those of an earlier (interrupted) run included.</summary>
    public List<ImportRejection> Rejections { get; } = rejections;

    /// <summary>Duplicate keys of the rows accepted by this run, with their row number.</summary>
    public Dictionary<string, int> InFile { get; } = [];

    /// <summary>Rows handled and committed: the next chunk starts here.</summary>
    public int Processed { get; set; } = processed;
}
