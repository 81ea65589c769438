namespace ClasseCRM.Web.Features.Workspaces;

/// <summary>
/// One line of « Aujourd'hui »: what (a reminder, an agreed RDV, a visit of the tour), when, the link to where it is done,
/// and the reminder behind it when there is one (its « Fait » / « Reporter » buttons).
/// </summary>
public sealed record TodayItem(
    string Kind,
    string Title,
    string Link,
    string LinkText,
    string When,
    DateTime SortKeyUtc,
    bool IsLate,
    int? ReminderId = null,
    string? Details = null);
