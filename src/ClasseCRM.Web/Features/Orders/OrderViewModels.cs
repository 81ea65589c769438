using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>A line of the form: a product of the catalogue, a quantity, and optionally a negotiated price and a discount.</summary>
public sealed class OrderLineInput
{
    public int? ProductId { get; set; }

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "Une quantité entre 0 et 1 000 000.")]
    public decimal? Quantity { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Un prix positif.")]
    public decimal? UnitPrice { get; set; }

    [Range(typeof(decimal), "0", "100", ErrorMessage = "Une remise entre 0 et 100 %.")]
    public decimal? DiscountPercent { get; set; }
}

/// <summary>A quote or an order as the student writes it.</summary>
public sealed class OrderFormViewModel
{
    public const int LineCount = 6;

    [Display(Name = "Client")]
    [Required(ErrorMessage = "Choisissez le client.")]
    public int? ProspectId { get; set; }

    [Display(Name = "Interlocuteur")]
    public int? ContactId { get; set; }

    [Display(Name = "Opération d'origine")]
    public int? OperationId { get; set; }

    /// <summary>On creation: a quote (devis) or an order taken directly (bon de commande).</summary>
    public bool IsOrder { get; set; }

    public List<OrderLineInput> Lines { get; set; } = [];

    [Display(Name = "Remise (%)")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "Un pourcentage entre 0 et 100.")]
    public decimal? RemisePercent { get; set; }

    [Display(Name = "Rabais (%)")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "Un pourcentage entre 0 et 100.")]
    public decimal? RabaisPercent { get; set; }

    [Display(Name = "Ristourne (%)")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "Un pourcentage entre 0 et 100.")]
    public decimal? RistournePercent { get; set; }

    [Display(Name = "Escompte pour paiement anticipé (%)")]
    [Range(typeof(decimal), "0", "100", ErrorMessage = "Un pourcentage entre 0 et 100.")]
    public decimal? EscomptePercent { get; set; }

    [Display(Name = "Délai de paiement (jours, 0 = comptant)")]
    [Range(0, 365, ErrorMessage = "Entre 0 et 365 jours.")]
    public int PaymentTermDays { get; set; } = 30;

    [Display(Name = "Fin de mois")]
    public bool PaymentTermEndOfMonth { get; set; }

    [Display(Name = "Vente hors établissement (chez le client particulier, salon…)")]
    public bool OffPremises { get; set; }

    [Display(Name = "Adresse de livraison (si différente de celle du client)")]
    [StringLength(300, ErrorMessage = "300 caractères au plus.")]
    public string? DeliveryAddress { get; set; }

    [Display(Name = "Livraison prévue le")]
    public DateOnly? ExpectedDeliveryOn { get; set; }

    [Display(Name = "Mise en service prévue le")]
    public DateOnly? ExpectedInstallationOn { get; set; }

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Notes { get; set; }

    /// <summary>Save as a draft despite the negotiation room, to ask the teacher's agreement.</summary>
    public bool AskApproval { get; set; }

    /// <summary>What the student writes to the teacher with the request (optional).</summary>
    [StringLength(1000, ErrorMessage = "1 000 caractères au plus pour le message à l'enseignant.")]
    public string? ApprovalRequest { get; set; }

    public List<ScenarioProduct> Catalogue { get; set; } = [];
    /// <summary>What was typed in the client picker (searched when the « Chercher » button is used, or without a chosen client).</summary>
    [StringLength(100, ErrorMessage = "100 caractères au plus pour chercher un client.")]
    public string? ClientQuery { get; set; }

    /// <summary>The picker's « Chercher » button (the search without script): the form comes back with the matching clients, nothing saved.</summary>
    public bool ClientSearch { get; set; }

    /// <summary>The chosen client's name and town, shown in the picker (null when no client of the workspace is chosen).</summary>
    public string? ClientLabel { get; set; }

    /// <summary>The clients matching <see cref="ClientQuery"/> after a search, 20 at most.</summary>
    public List<ClientChoice> ClientMatches { get; set; } = [];

    /// <summary>The contacts of the chosen client (the decision-maker first), when a client is chosen.</summary>
    public List<(int Id, string Label)> Contacts { get; set; } = [];
    public List<(int Id, string Label)> Operations { get; set; } = [];
    public IReadOnlyList<string> Breaches { get; set; } = [];
}

/// <summary>A move to the next step, with its date (and the reason of a cancellation).</summary>
public sealed class OrderStepViewModel
{
    [Required(ErrorMessage = "Choisissez l'étape.")]
    public OrderStatus? To { get; set; }

    [Required(ErrorMessage = "Indiquez la date de l'étape.")]
    public DateOnly? On { get; set; }

    [StringLength(500, ErrorMessage = "500 caractères au plus.")]
    public string? Reason { get; set; }
}

public sealed class OrderPaymentViewModel
{
    [Required(ErrorMessage = "Indiquez le montant reçu.")]
    [Range(typeof(decimal), "0.01", "100000000", ParseLimitsInInvariantCulture = true, ErrorMessage = "Un montant supérieur à 0.")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "Indiquez la date du paiement.")]
    public DateOnly? PaidOn { get; set; }

    [StringLength(60, ErrorMessage = "60 caractères au plus.")]
    public string? Method { get; set; }
}

public sealed class OrderIssueViewModel
{
    public OrderIssueKind Kind { get; set; }

    [Required(ErrorMessage = "Décrivez l'anomalie.")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Indiquez la date.")]
    public DateOnly? On { get; set; }
}

public sealed class OrderIssueResolutionViewModel
{
    [Required(ErrorMessage = "Décrivez la solution apportée.")]
    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Resolution { get; set; }

    [Required(ErrorMessage = "Indiquez la date.")]
    public DateOnly? On { get; set; }
}

public sealed class OrderApprovalViewModel
{
    [Required(ErrorMessage = "Écrivez l'accord (ce qui est accordé et pourquoi).")]
    [StringLength(400, ErrorMessage = "400 caractères au plus.")]
    public string? Text { get; set; }
}

/// <summary>The filters of the list of orders.</summary>
public sealed class OrderQuery
{
    public int? Espace { get; set; }
    public OrderStatus? Statut { get; set; }
    public bool Retard { get; set; }
    public bool Impaye { get; set; }
    public bool Accord { get; set; }
}

public sealed record OrderListItem(int Id, string Number, string? QuoteNumber, string Client, OrderStatus Status, DateOnly? Date, decimal NetExclVat, decimal TotalInclVat, decimal PaidTotal, DateOnly? DueOn, bool Late, bool NeedsApproval);

public sealed record OrderDetailsViewModel(
    Order Order,
    OrderFigures Figures,
    Scenario Company,
    Contact? Contact,
    string? OperationName,
    IReadOnlyList<string> Breaches,
    bool CanWrite,
    bool CanApprove,
    DateOnly Today,
    IReadOnlyList<Invoice> Invoices)
{
    public Invoice? Invoice => Invoices.FirstOrDefault(i => i.Kind == InvoiceKind.Invoice);

    public Invoice? CreditNote => Invoices.FirstOrDefault(i => i.Kind == InvoiceKind.CreditNote);
}
