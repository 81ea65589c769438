namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>What the generator reads of a fiche: its id (the seed), its workspace, whether it is a consumer, its current supplier.</summary>
public sealed record RoleCardFacts(int WorkspaceId, int ProspectId, bool IsIndividual, string? CurrentSupplier);
