namespace ClasseCRM.Web.Domain;

/// <summary>A line of a prospect's timeline: a note written by the student, or an event the app recorded.</summary>
public sealed class ProspectNote : IWorkspaceOwned, IAuthoredAction
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int ProspectId { get; set; }
    public TimelineKind Kind { get; set; }
    public string Text { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Who made the action (null before authorship was recorded, or for the system).</summary>
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }

    public bool IsMade => true;

    public const int MaxLength = 4000;

    /// <summary>A line of the timeline, its text cut to the column's length.</summary>
    public static ProspectNote Event(int workspaceId, int prospectId, string text, string author, DateTime atUtc, TimelineKind kind = TimelineKind.Note) => new()
    {
        WorkspaceId = workspaceId,
        ProspectId = prospectId,
        Kind = kind,
        Text = text.Length > MaxLength ? text[..MaxLength] : text,
        AuthorName = author,
        CreatedAtUtc = atUtc,
    };
}

public enum TimelineKind
{
    Note = 0,
    Created = 1,
    StatusChanged = 2,
    Objection = 3,
    Imported = 4,
    Anonymised = 5,
}
