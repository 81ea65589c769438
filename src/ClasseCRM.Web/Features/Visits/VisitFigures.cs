using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Features.Operations;

namespace ClasseCRM.Web.Features.Visits;

/// <summary>
/// The funnel of a visit tour: visits planned and made, quotes, new RDV, orders taken and refusals, with the tour's
/// completion and conversion.
/// </summary>
public static class VisitFigures
{
    public static ChannelActivity Activity(ActivityCounts c)
    {
        var done = c.Visits.Where(v => v.Done).ToList();
        int Count(VisitResult r) => done.Where(v => v.Result == r).Sum(v => v.Count);
        var made = done.Sum(v => v.Count);
        var planned = c.Visits.Where(v => v.Planned).Sum(v => v.Count);
        var orders = Count(VisitResult.Order);
        List<FunnelStep> steps =
        [
            new("Visites planifiées", planned), new("Visites réalisées", made),
            new("Devis remis", Count(VisitResult.Quote)), new("Nouveaux RDV", Count(VisitResult.Appointment)),
            new("Commandes prises en visite", orders), new("Refus", Count(VisitResult.Refusal)),
        ];
        Ratio[] ratios =
        [
            new("Réalisation de la tournée", "visites réalisées ÷ visites planifiées", made, planned),
            PhoneRatios.VisitConversion(made, orders),
            new("Devis obtenus", "devis ÷ visites réalisées", Count(VisitResult.Quote), made),
        ];
        return new(steps, ratios, "visites réalisées", "Coût par visite réalisée (coût ÷ visites réalisées)",
            made, Count(VisitResult.Appointment), "Commandes prises en visite", orders);
    }
}
