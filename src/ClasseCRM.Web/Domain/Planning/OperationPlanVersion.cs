namespace ClasseCRM.Web.Domain.Planning;

/// <summary>
/// One saved version of a text of a plan (plan d'appel, argumentaire, letter): its number within the operation and the
/// kind of text, the text as saved, when and by whom. The latest version is the current text; older ones stay readable.
/// </summary>
public sealed class OperationPlanVersion : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public PlanText Kind { get; set; }
    public int Number { get; set; }

    /// <summary>The subject of a letter or e-mail (null for the other texts).</summary>
    public string? Subject { get; set; }
    public string Text { get; set; } = "";
    public DateTime SavedAtUtc { get; set; }

    /// <summary>Who saved it (null for a text kept from before versions existed).</summary>
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }
}
