using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// What one channel's activity reached, as its own feature counts it (<see cref="PhoneFigures"/>,
/// <see cref="Mailing.MailingFigures"/>, <see cref="Visits.VisitFigures"/>): its funnel, its ratios, what « contacts »
/// means for its objective and its cost per contact, and the orders announced through it.
/// </summary>
public sealed record ChannelActivity(
    List<FunnelStep> Funnel, IReadOnlyList<Ratio> Ratios, string ContactLabel, string CostPerContactLabel,
    int Contacts, int Appointments, string AnnouncedLabel, int Announced);
