namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// Payment terms: a number of days from the invoice date, or "N jours fin de mois" (the invoice date plus N days, then
/// the end of that month). 0 days is "comptant".
/// </summary>
public readonly record struct PaymentTerms(int Days, bool EndOfMonth)
{
    /// <summary>Code de commerce L441-10: at most 60 days from the invoice date, or 45 days end of month.</summary>
    public const int MaxDaysFromInvoice = 60;
    public const int MaxDaysEndOfMonth = 45;

    public string Label => Days == 0 ? "Comptant" : EndOfMonth ? $"{Days} jours fin de mois" : $"{Days} jours date de facture";

    /// <summary>
    /// The terms as an invoice writes them, once, with the due date: « Paiement à 30 jours date de facture, échéance le
    /// 29/12/2026 » (or « Paiement comptant, échéance le … »).
    /// </summary>
    public string InvoiceSentence(DateOnly due) =>
        (Days == 0 ? "Paiement comptant" : $"Paiement à {Label}") + $", échéance le {due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}";

    public DateOnly DueDate(DateOnly invoiceDate)
    {
        var due = invoiceDate.AddDays(Days);
        return EndOfMonth ? new DateOnly(due.Year, due.Month, DateTime.DaysInMonth(due.Year, due.Month)) : due;
    }

    /// <summary>Null when the terms are legal between businesses; otherwise the French reason naming the limit.</summary>
    public string? BusinessLimitBreach() => EndOfMonth
        ? Days > MaxDaysEndOfMonth ? $"Délai de paiement de {Days} jours fin de mois : au-delà de la limite légale de {MaxDaysEndOfMonth} jours fin de mois (Code de commerce, L441-10)." : null
        : Days > MaxDaysFromInvoice ? $"Délai de paiement de {Days} jours : au-delà de la limite légale de {MaxDaysFromInvoice} jours à compter de la date de facture (Code de commerce, L441-10)." : null;
}
