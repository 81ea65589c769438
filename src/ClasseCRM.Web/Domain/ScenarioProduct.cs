namespace ClasseCRM.Web.Domain;

/// <summary>A line of the scenario's catalogue. Prices are excl. VAT; rates are decimals (0.20 = 20 %).</summary>
public sealed class ScenarioProduct
{
    public int Id { get; set; }
    public int ScenarioId { get; set; }
    public string Reference { get; set; } = "";
    public string Designation { get; set; } = "";
    public string Unit { get; set; } = "unité";
    public decimal PriceExclVat { get; set; }
    public decimal PurchaseCostExclVat { get; set; }
    public decimal VatRate { get; set; }
    public decimal MaxDiscountRate { get; set; }

    /// <summary>A service (maintenance, installation work) rather than goods: invoices state the nature of the operation.</summary>
    public bool IsService { get; set; }
    public int SortOrder { get; set; }
}
