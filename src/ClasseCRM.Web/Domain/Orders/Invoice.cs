namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// A facture or an avoir (DOMAIN.md « Facture »): a document of its own, numbered in one unbroken chronological series
/// per workspace and year, whose seller, client, lines and amounts are frozen when it is issued — later changes to the
/// scenario, the client or the order do not change an issued invoice. An avoir refers to the invoice it cancels and
/// carries the same amounts negated.
/// </summary>
public sealed class Invoice : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OrderId { get; set; }
    public InvoiceKind Kind { get; set; }
    public string Number { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The order form the invoice follows (BC-2026-0001).</summary>
    public string OrderNumber { get; set; } = "";

    /// <summary>Date of the sale: the delivery (or the end of the installation for a service).</summary>
    public DateOnly? SaleOn { get; set; }
    public DateOnly? DueOn { get; set; }

    /// <summary>For an avoir: the invoice it refers to, and why it is issued (cancellation, return).</summary>
    public int? CreditedInvoiceId { get; set; }
    public string? CreditedInvoiceNumber { get; set; }
    public string? Reason { get; set; }

    public string SellerName { get; set; } = "";
    public string SellerLegalForm { get; set; } = "";
    public string SellerAddress { get; set; } = "";
    public string SellerSiret { get; set; } = "";
    public string SellerRcsCity { get; set; } = "";
    public string SellerVatNumber { get; set; } = "";

    /// <summary>The seller opted to pay VAT on debits (« option pour le paiement de la taxe d'après les débits »).</summary>
    public bool VatOnDebits { get; set; }

    public string ClientName { get; set; } = "";
    public string ClientAddress { get; set; } = "";
    public string? ClientSiren { get; set; }
    public bool BusinessClient { get; set; }

    /// <summary>The delivery address, only when it differs from the client's address.</summary>
    public string? DeliveryAddress { get; set; }
    public OperationNature Nature { get; set; }

    public int PaymentTermDays { get; set; }
    public bool PaymentTermEndOfMonth { get; set; }
    public decimal RemiseRate { get; set; }
    public decimal RabaisRate { get; set; }
    public decimal RistourneRate { get; set; }
    public decimal EscompteRate { get; set; }

    public decimal LinesTotal { get; set; }
    public decimal Remise { get; set; }
    public decimal Rabais { get; set; }
    public decimal Ristourne { get; set; }
    public decimal NetCommercial { get; set; }
    public decimal Escompte { get; set; }
    public decimal NetExclVat { get; set; }
    public decimal VatTotal { get; set; }
    public decimal TotalInclVat { get; set; }

    public List<InvoiceLine> Lines { get; set; } = [];
    public List<InvoiceVatLine> VatLines { get; set; } = [];

    public bool IsCreditNote => Kind == InvoiceKind.CreditNote;

    public PaymentTerms Terms => new(PaymentTermDays, PaymentTermEndOfMonth);
}
