using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>The student asks the teacher's agreement again from the document's page, with an optional message.</summary>
public sealed class OrderApprovalRequestViewModel
{
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus pour le message à l'enseignant.")]
    public string? Message { get; set; }
}
