namespace ClasseCRM.Web.Features.Classes;

public sealed record ClassDetailsViewModel(
    int Id,
    string Name,
    string SchoolYear,
    string Referentiel,
    bool IsArchived,
    List<ClassStudentItem> Students,
    List<ClassWorkspaceItem> Workspaces);

public sealed record ClassStudentItem(string Id, string FullName, string UserName, string? Email, bool MustChangePassword, int? WorkspaceId);

public sealed record ClassWorkspaceItem(
    int Id,
    string Name,
    string Scenario,
    string Members,
    int ProspectCount,
    Dictionary<Domain.ProspectStatus, int> ByStatus,
    Dictionary<Domain.Potential, int> ByPotential);
