using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>One row of the CAP table of the plan's form: caractéristique, avantage, preuve.</summary>
public sealed class PitchArgumentInput
{
    [StringLength(Domain.Planning.PitchArgument.CellMax, ErrorMessage = "Argument : 500 caractères au plus par case.")]
    public string? Characteristic { get; set; }

    [StringLength(Domain.Planning.PitchArgument.CellMax, ErrorMessage = "Argument : 500 caractères au plus par case.")]
    public string? Advantage { get; set; }

    [StringLength(Domain.Planning.PitchArgument.CellMax, ErrorMessage = "Argument : 500 caractères au plus par case.")]
    public string? Proof { get; set; }
}
