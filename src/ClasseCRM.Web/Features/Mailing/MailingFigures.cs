using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Features.Operations;

namespace ClasseCRM.Web.Features.Mailing;

/// <summary>
/// The funnel of a mailing or an e-mailing, from its sends counted by result: sent, returned (NPAI or bounces),
/// delivered, answers, interested answers, RDV and orders announced in answer.
/// </summary>
public static class MailingFigures
{
    public static ChannelActivity Activity(ActivityCounts c, Channel ch, RatioVariants variants)
    {
        var f = MailingFunnel.From(c.Sends.Where(s => s.Channel == ch).SelectMany(s => Enumerable.Repeat(s.Result, s.Count)));
        var email = ch == Channel.Email;
        List<FunnelStep> steps = email
            ?
            [
                new("E-mails envoyés", f.Sent), new("Rebonds (adresses invalides)", f.ReturnedUndeliverable), new("E-mails délivrés (envoyés − rebonds)", f.Delivered),
                new("Réponses", f.Answers), new("Réponses intéressées", f.Interested), new("Rendez-vous", f.Appointments), new("Commandes annoncées en réponse", f.Orders),
            ]
            :
            [
                new("Plis envoyés", f.Sent), new("NPAI (plis revenus)", f.ReturnedUndeliverable), new("Plis distribués (envoyés − NPAI)", f.Delivered),
                new("Réponses", f.Answers), new("Réponses intéressées", f.Interested), new("Rendez-vous", f.Appointments), new("Commandes annoncées en réponse", f.Orders),
            ];
        return new(steps, email ? f.EmailRatios(variants.MailingReturn) : f.Ratios(variants.MailingReturn), "réponses", "Coût par réponse (coût ÷ réponses)",
            f.Answers, f.Appointments, "Commandes annoncées en réponse", f.Orders);
    }
}
