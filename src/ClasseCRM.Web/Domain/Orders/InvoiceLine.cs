namespace ClasseCRM.Web.Domain.Orders;

/// <summary>A line of an invoice or a credit note, frozen at issue (an avoir's quantities and amounts are negated).</summary>
public sealed class InvoiceLine : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int InvoiceId { get; set; }
    public int Position { get; set; }
    public string Reference { get; set; } = "";
    public string Designation { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal UnitPriceExclVat { get; set; }
    public decimal DiscountRate { get; set; }
    public decimal NetExclVat { get; set; }
    public decimal VatRate { get; set; }

    /// <summary>A service (prestation de services) rather than goods: it decides the nature of the operation.</summary>
    public bool IsService { get; set; }
}
