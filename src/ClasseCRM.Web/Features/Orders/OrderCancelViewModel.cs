using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// The confirmation of a cancellation (issue 18, item 7): « Annuler » is apart from the step buttons and leads to a page
/// that says what it does (an avoir for an invoiced order) and asks its reason and date before anything changes.
/// </summary>
public sealed class OrderCancelViewModel
{
    /// <summary>The step form's answer to a cancellation posted without its confirmation page.</summary>
    public const string ConfirmOnItsPage = "Une annulation se confirme sur sa page : utilisez le bouton « Annuler… » sous les étapes.";

    [Required(ErrorMessage = "Indiquez la date de l'annulation.")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "Indiquez le motif de l'annulation.")]
    [StringLength(500, ErrorMessage = "500 caractères au plus.")]
    public string? Reason { get; set; }

    /// <summary>What the cancellation is called for this document: a quote, an order, or an invoiced order (returned: an avoir).</summary>
    public static string Title(Order order, bool invoiced) =>
        invoiced ? "Annuler ou retour : émettre l'avoir" : order.IsOrder ? "Annuler la commande" : "Annuler le devis";
}
