namespace ClasseCRM.Web.Domain;

/// <summary>A file waiting between its preview and its import (or its cancellation): kept so the student can map its columns.</summary>
public sealed class ProspectImport : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public string FileName { get; set; } = "";

    /// <summary>JSON: the table read from the file at the upload (headers, then rows with their row numbers), never the file itself.</summary>
    public string TableJson { get; set; } = "";

    /// <summary>JSON: for each column of the file, the field it fills (or empty to ignore it).</summary>
    public string MappingJson { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
