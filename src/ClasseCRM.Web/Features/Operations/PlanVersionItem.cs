using ClasseCRM.Web.Domain.Planning;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>A line of the list of versions of a plan's texts: which text, its number, when and by whom.</summary>
public sealed record PlanVersionItem(int Id, PlanText Kind, int Number, DateTime SavedAtUtc, string? Author);
