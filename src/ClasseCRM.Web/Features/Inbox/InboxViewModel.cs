namespace ClasseCRM.Web.Features.Inbox;

/// <summary>/a-traiter: what waits for the teacher in their active classes; <see cref="AnswersPlayed"/> is false in SMTP mode.</summary>
public sealed record InboxViewModel(
    InboxSection<InboxSynthesisItem> Syntheses,
    InboxSection<InboxOrderItem> Orders,
    InboxSection<InboxMessageItem> Messages,
    bool AnswersPlayed)
{
    public int Total => Syntheses.Total + Orders.Total + Messages.Total;
}
