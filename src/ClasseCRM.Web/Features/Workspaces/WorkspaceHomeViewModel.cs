using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Workspaces;

/// <summary>The home page of a workspace: what it is, who works in it, what is to do today.</summary>
public sealed record WorkspaceHomeViewModel(
    int Id,
    string Name,
    string ClassName,
    int ScenarioId,
    string CompanyName,
    string ScenarioTitle,
    string Members,
    bool IsReadOnly,
    int ProspectCount,
    Dictionary<ProspectStatus, int> ByStatus,
    int MessageCount,
    TodayViewModel Today);
