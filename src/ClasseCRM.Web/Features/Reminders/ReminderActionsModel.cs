namespace ClasseCRM.Web.Features.Reminders;

/// <summary>The one-click « Fait » / « Reporter » buttons of a reminder, and the page they come back to.</summary>
public sealed record ReminderActionsModel(int ReminderId, string Title, string Back);
