using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Planning;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>One version of a text of the plan, shown to be read (never edited: the plan page writes a new one).</summary>
public sealed record PlanVersionViewModel(Operation Operation, OperationPlanVersion Version, string? Author)
{
    public static string KindLabel(PlanText kind) => kind switch
    {
        PlanText.Script => "Plan d'appel",
        PlanText.Pitch => "Argumentaire",
        _ => "Lettre / e-mail",
    };
}
