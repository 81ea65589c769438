using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// « Mon plan de prospection »: the form (what is saved, or the scenario's editable copies when the student has written
/// nothing yet), the versions of the three texts, and whether the user may write (the workspace's members) or only read.
/// </summary>
public sealed record OperationPlanPageViewModel(
    Operation Operation,
    OperationPlanInput Input,
    IReadOnlyList<PlanVersionItem> Versions,
    bool CanWrite,
    bool HasOwnScript,
    bool HasOwnPitch,
    bool HasOwnLetter);
