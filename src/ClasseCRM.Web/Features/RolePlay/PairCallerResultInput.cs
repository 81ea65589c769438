using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The outcome the caller noted for their own call (compared with the partner's, never logged).</summary>
public sealed class PairCallerResultInput
{
    [Required(ErrorMessage = "Choisissez le résultat que vous avez noté.")]
    public CallOutcome? CallerOutcome { get; set; }
}
