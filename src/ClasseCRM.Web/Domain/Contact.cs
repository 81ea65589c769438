namespace ClasseCRM.Web.Domain;

/// <summary>A person to talk to (interlocuteur) at a prospect, with their function and role in the decision.</summary>
public sealed class Contact : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int ProspectId { get; set; }
    public Prospect? Prospect { get; set; }
    public Civility Civility { get; set; }
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string JobTitle { get; set; } = "";
    public ContactRole Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}
