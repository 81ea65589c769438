namespace ClasseCRM.Web.Domain.Figures;

/// <summary>
/// The money figures of an operation (DOMAIN.md): CA = Σ orders excl. VAT; panier moyen = CA ÷ orders; marge = PV HT −
/// coût d'achat HT; taux de marge = marge ÷ coût d'achat; taux de marque = marge ÷ PV HT; résultat = marge − coût de
/// l'opération; ROI = résultat ÷ coût; seuil de rentabilité = coût ÷ marge unitaire (in sales). Amounts are rounded to
/// the cent, half away from zero; a division by zero gives null ("—").
/// </summary>
public static class Money
{
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal? Divide(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;

    public static decimal? AverageBasket(decimal turnover, int orders) => Divide(turnover, orders) is { } v ? Cents(v) : null;

    public static decimal Margin(decimal salesExclVat, decimal purchaseCostExclVat) => Cents(salesExclVat - purchaseCostExclVat);

    public static Ratio MarkupRate(decimal salesExclVat, decimal purchaseCostExclVat) =>
        new("Taux de marge", "marge ÷ coût d'achat HT", salesExclVat - purchaseCostExclVat, purchaseCostExclVat);

    public static Ratio MarginRate(decimal salesExclVat, decimal purchaseCostExclVat) =>
        new("Taux de marque", "marge ÷ prix de vente HT", salesExclVat - purchaseCostExclVat, salesExclVat);

    public static decimal Result(decimal margin, decimal operationCost) => Cents(margin - operationCost);

    public static Ratio ReturnOnInvestment(decimal margin, decimal operationCost) =>
        new("ROI", "résultat ÷ coût de l'opération", margin - operationCost, operationCost);

    /// <summary>Units to sell to cover the cost, rounded up (a half sale does not exist); null when the unit margin is not positive.</summary>
    public static int? BreakEvenUnits(decimal operationCost, decimal unitMargin) =>
        unitMargin <= 0 ? null : (int)Math.Ceiling(operationCost / unitMargin);

    public static decimal? CostPer(decimal operationCost, int count) => Divide(operationCost, count) is { } v ? Cents(v) : null;
}

/// <summary>Objectif | réalisé | écart (valeur et %) and taux de réalisation.</summary>
public sealed record ObjectiveResult(string Name, decimal Objective, decimal Achieved, bool IsMoney = false)
{
    public decimal Gap => Achieved - Objective;

    public Ratio GapRate => new($"Écart {Name}", "(réalisé − objectif) ÷ objectif", Gap, Objective);

    public Ratio AchievementRate => new($"Taux de réalisation {Name}", "réalisé ÷ objectif", Achieved, Objective);
}
