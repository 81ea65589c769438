namespace ClasseCRM.Web.Domain;

/// <summary>
/// A prospect file between its upload and its import: kept so the student can map its columns and read the preview,
/// then, once « Importer » is clicked, the record of the background import — its progress, its counts and the rows it
/// refused — that the import's page shows until the end (and after a reload or a restart).
/// </summary>
public sealed class ProspectImport : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public string FileName { get; set; } = "";

    /// <summary>JSON: the table read from the file at the upload (headers, then rows with their row numbers), never the file itself. Emptied once the import is complete.</summary>
    public string TableJson { get; set; } = "";

    /// <summary>JSON: for each column of the file, the field it fills (or empty to ignore it).</summary>
    public string MappingJson { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    public ImportRunStatus Status { get; set; }

    /// <summary>Rows of the file (after the header) to handle.</summary>
    public int TotalRows { get; set; }

    /// <summary>Rows handled and committed so far: the next chunk starts at this index of the table's rows.</summary>
    public int ProcessedRows { get; set; }

    public int CreatedCount { get; set; }
    public int RejectedCount { get; set; }

    /// <summary>JSON: every refused row with its reason, added chunk by chunk in the chunk's transaction.</summary>
    public string RejectionsJson { get; set; } = "[]";

    /// <summary>The claim of the job running it: a chunk is committed only while the run still holds this claim.</summary>
    public string? RunToken { get; set; }

    /// <summary>Who clicked « Importer » (written in the fiches' history).</summary>
    public string? AuthorName { get; set; }

    public DateTime? QueuedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }

    /// <summary>Written with every committed chunk: a running import whose heartbeat is old was stopped by a restart.</summary>
    public DateTime? HeartbeatAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
}
