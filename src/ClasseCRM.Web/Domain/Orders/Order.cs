namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// A quote (devis, DEV-2026-0001) that may become an order (bon de commande, BC-2026-0001) in one action and keeps
/// both numbers; or an order taken directly. Its execution is followed step by step, each step with its date.
/// </summary>
public sealed class Order : IWorkspaceOwned, IAuthoredAction
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int ProspectId { get; set; }
    public Prospect? Prospect { get; set; }
    public int? ContactId { get; set; }

    /// <summary>The prospecting operation (or visit) the order comes from, for its CA, marge and ROI.</summary>
    public int? OperationId { get; set; }
    public string? QuoteNumber { get; set; }
    public string? OrderNumber { get; set; }
    public OrderStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateOnly? QuoteDate { get; set; }
    public DateOnly? QuoteValidUntil { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? OrderDate { get; set; }

    public decimal RemiseRate { get; set; }
    public decimal RabaisRate { get; set; }
    public decimal RistourneRate { get; set; }
    public decimal EscompteRate { get; set; }
    public int PaymentTermDays { get; set; }
    public bool PaymentTermEndOfMonth { get; set; }

    /// <summary>B2C sale away from the business premises (at home, at a fair): 14-day right of withdrawal.</summary>
    public bool OffPremises { get; set; }

    /// <summary>Where the goods go, when it is not the client's address (printed on the invoice when it differs).</summary>
    public string? DeliveryAddress { get; set; }

    public DateOnly? ExpectedDeliveryOn { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public DateOnly? ExpectedInstallationOn { get; set; }
    public DateOnly? InstalledOn { get; set; }
    public DateOnly? InvoicedOn { get; set; }
    public DateOnly? PaymentDueOn { get; set; }
    public DateOnly? PaidOn { get; set; }
    public DateOnly? CancelledOn { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>"Accord du responsable": the teacher's exception to the negotiation room for this order, with who and why.</summary>
    public string? ManagerApproval { get; set; }

    /// <summary>When the student asked the teacher's agreement on this draft; null when no request waits (never asked, or refused).</summary>
    public DateTime? ApprovalRequestedAtUtc { get; set; }

    /// <summary>What the student wrote to the teacher with the request (optional).</summary>
    public string? ApprovalRequest { get; set; }

    /// <summary>The teacher's reason for refusing the last request, with who and when; cleared by a new request.</summary>
    public string? ApprovalRefusal { get; set; }
    public string? ApprovalRefusedBy { get; set; }
    public DateTime? ApprovalRefusedAtUtc { get; set; }

    public string? Notes { get; set; }

    // Totals kept with the document so that reports add them up in SQL.
    public decimal NetExclVat { get; set; }
    public decimal VatTotal { get; set; }
    public decimal TotalInclVat { get; set; }
    public decimal CostTotal { get; set; }
    public decimal Margin { get; set; }
    public decimal PaidTotal { get; set; }

    public List<OrderLine> Lines { get; set; } = [];
    public List<OrderPayment> Payments { get; set; } = [];
    public List<OrderIssue> Issues { get; set; } = [];

    /// <summary>Who wrote the quote or the order (null before authorship was recorded, or for the system).</summary>
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }

    public bool IsMade => true;

    public bool IsOrder => OrderNumber is not null;

    public string Number => OrderNumber ?? QuoteNumber ?? "";

    public DocumentDiscounts Discounts => new(RemiseRate, RabaisRate, RistourneRate, EscompteRate);

    public PaymentTerms Terms => new(PaymentTermDays, PaymentTermEndOfMonth);
}

public sealed class OrderLine : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OrderId { get; set; }
    public int? ProductId { get; set; }
    public string Reference { get; set; } = "";
    public string Designation { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal UnitPriceExclVat { get; set; }
    public decimal DiscountRate { get; set; }
    public decimal VatRate { get; set; }
    public decimal UnitCostExclVat { get; set; }

    /// <summary>The catalogue's price and maximum discount when the line was written: the negotiation room it was checked against.</summary>
    public decimal CataloguePrice { get; set; }
    public decimal MaxDiscountRate { get; set; }
    public int Position { get; set; }

    public LineInput Input => new(Quantity, UnitPriceExclVat, DiscountRate, VatRate, UnitCostExclVat);
}

public sealed class OrderPayment : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OrderId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public string Method { get; set; } = "";
}

/// <summary>An anomaly in the execution (retard, erreur de livraison, réclamation) and how it was resolved.</summary>
public sealed class OrderIssue : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OrderId { get; set; }
    public OrderIssueKind Kind { get; set; }
    public string Description { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public string? Resolution { get; set; }
    public DateOnly? ResolvedOn { get; set; }
}

public enum OrderIssueKind
{
    Delay = 0,
    WrongDelivery = 1,
    Complaint = 2,
}

/// <summary>Where a quote or an order stands (DOMAIN.md: transmise → confirmée → livrée → mise en service → facturée → payée).</summary>
public enum OrderStatus
{
    QuoteSent = 0,
    Accepted = 1,
    Confirmed = 2,
    Delivered = 3,
    Installed = 4,
    Invoiced = 5,
    Paid = 6,
    Cancelled = 7,

    /// <summary>Being written: not sent to the client yet. Outside the negotiation room it waits for the teacher's agreement.</summary>
    Draft = 8,
}

/// <summary>The last number given per workspace, kind (DEV, BC, FA, AV) and year: numbering without gaps.</summary>
public sealed class DocumentCounter
{
    public int WorkspaceId { get; set; }
    public string Kind { get; set; } = "";
    public int Year { get; set; }
    public int Last { get; set; }
}
