namespace ClasseCRM.Web.Domain.Orders;

/// <summary>One VAT rate of an invoice, frozen at issue: its net base HT and its VAT.</summary>
public sealed class InvoiceVatLine : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int InvoiceId { get; set; }
    public decimal Rate { get; set; }
    public decimal Base { get; set; }
    public decimal Vat { get; set; }
}
