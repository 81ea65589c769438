using ClasseCRM.Web.Domain.Reminders;

namespace ClasseCRM.Web.Features.Reminders;

/// <summary>The « Relances à venir » block of a prospect card, an operation or an order: its open reminders, first ones first.</summary>
public sealed record UpcomingRemindersViewModel(List<Reminder> Reminders, int Total, bool CanWrite, DateTime NowUtc, string Back);
