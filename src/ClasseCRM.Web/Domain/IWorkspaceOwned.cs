namespace ClasseCRM.Web.Domain;

/// <summary>A business row that lives in one workspace. The access scope filters every query on it by <see cref="WorkspaceId"/>.</summary>
public interface IWorkspaceOwned
{
    int WorkspaceId { get; }
}
