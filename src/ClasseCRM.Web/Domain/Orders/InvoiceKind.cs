namespace ClasseCRM.Web.Domain.Orders;

/// <summary>A facture (FA-2026-0001) or an avoir (AV-2026-0001): each kind is its own unbroken series.</summary>
public enum InvoiceKind
{
    Invoice = 0,
    CreditNote = 1,
}
