namespace ClasseCRM.Web.Domain;

/// <summary>A student who works in a workspace.</summary>
public sealed class WorkspaceMember
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public Workspace? Workspace { get; set; }
    public string StudentId { get; set; } = "";
    public AppUser? Student { get; set; }
}
