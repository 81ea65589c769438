namespace ClasseCRM.Web.Domain;

/// <summary>A file waiting between its preview and its import (or its cancellation): kept so the student can map its columns.</summary>
public sealed class ProspectImport : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];

    /// <summary>JSON: for each column of the file, the field it fills (or empty to ignore it).</summary>
    public string MappingJson { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
