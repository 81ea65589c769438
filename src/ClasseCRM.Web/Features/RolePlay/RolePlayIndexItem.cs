using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A solo exchange in a list: whose, with which fiche, when, how it ended.</summary>
public sealed record RolePlayIndexItem(int Id, int WorkspaceId, string WorkspaceName, string ProspectName, DateTime StartedAtUtc, CallOutcome? Outcome, bool Finished);
