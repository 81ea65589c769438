using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// 6. Suivi et fidélisation (DOMAIN.md), for a period with customers (confirmed orders in the period): the customers in
/// A/B/C classes (Pareto on the period's CA), réachat, fréquence, panier moyen, satisfaction and rétention, as
/// <see cref="Domain.Loyalty.LoyaltyFigures"/> computes them for the loyalty page.
/// </summary>
public sealed record SynthesisLoyalty(
    int Clients,
    int Orders,
    decimal Revenue,
    List<SynthesisAbcLine> Abc,
    Ratio Repurchase,
    decimal? Frequency,
    decimal? AverageBasket,
    Ratio Satisfaction,
    Ratio Retention);
