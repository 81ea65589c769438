namespace ClasseCRM.Web.Features.Workspaces;

/// <summary>« Aujourd'hui »: what is late, then what is due today, and how many reminders were left out of the list.</summary>
public sealed record TodayViewModel(List<TodayItem> Late, List<TodayItem> Today, int MoreReminders)
{
    public bool IsEmpty => Late.Count == 0 && Today.Count == 0;
}
