using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// The phoning funnel of a scope, from its calls counted by outcome (DOMAIN.md « Phoning »): appels émis → contacts
/// utiles → RDV → commandes annoncées.
/// </summary>
public static class PhoneFigures
{
    public static ChannelActivity Activity(ActivityCounts c, RatioVariants variants)
    {
        var f = PhoneFunnel.From(c.Calls.SelectMany(x => Enumerable.Repeat(x.Key, x.Value)));
        List<FunnelStep> steps =
        [
            new("Appels émis", f.Dialled), new("Numéros valides", f.ValidNumbers), new("Appels aboutis", f.Reached),
            new("Contacts utiles (décideur joint)", f.DecisionMakers), new("Contacts argumentés", f.Pitched),
            new("Rendez-vous", f.Appointments), new("Commandes annoncées au téléphone", f.Orders),
        ];
        return new(steps, PhoneRatios.Compute(f, variants), "contacts utiles", "Coût par contact utile (coût ÷ contacts utiles)",
            f.DecisionMakers, f.Appointments, "Commandes annoncées au téléphone", f.Orders);
    }
}
