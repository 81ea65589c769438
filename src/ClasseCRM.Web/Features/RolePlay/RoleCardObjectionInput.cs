using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>An objection row of the card form (a blank row is dropped).</summary>
public sealed class RoleCardObjectionInput
{
    [StringLength(300, ErrorMessage = "300 caractères au plus.")]
    public string? Text { get; set; }

    [StringLength(40, ErrorMessage = "40 caractères au plus.")]
    public string? Type { get; set; }

    public Firmness Firmness { get; set; } = Firmness.Medium;
}
