namespace ClasseCRM.Web.Features.Inbox;

/// <summary>One kind of work waiting: the oldest items first (at most <see cref="InboxService.SectionSize"/>) and how many wait in all.</summary>
public sealed record InboxSection<T>(IReadOnlyList<T> Items, int Total)
{
    public bool IsCut => Total > Items.Count;
}
