namespace ClasseCRM.Web.Domain;

/// <summary>Where a prospect import stands: a preview waiting for the student, then a background job and its outcome.</summary>
public enum ImportRunStatus
{
    /// <summary>Uploaded: the student maps the columns and reads the preview.</summary>
    Pending = 0,

    /// <summary>« Importer » was clicked: the job is waiting for a worker.</summary>
    Queued = 1,

    /// <summary>A worker is adding the rows, chunk by chunk.</summary>
    Running = 2,

    /// <summary>Every row was handled: the counts are final.</summary>
    Completed = 3,

    /// <summary>Stopped by a server restart (or its shutdown): the rows of the chunks committed before stay, the others wait for « Reprendre ».</summary>
    Interrupted = 4,

    /// <summary>Stopped by an error: as <see cref="Interrupted"/>, it can be resumed.</summary>
    Failed = 5,
}
