using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// Pages far down a large file. SQLite has no positional index: « OFFSET 75 000 » steps over 75 000 index entries at
/// every request. The list remembers instead, for the file's version and the query, the key of every
/// <see cref="AnchorStride"/>th fiche in the list's order — found once, stride by stride from the one before — and a far
/// page starts from the nearest of them before it, stepping over fewer than <see cref="AnchorStride"/> entries. The pages
/// are the same as with the offset: only orders whose key is unique are anchored (the name: folded name then id; the
/// creation: id).
/// </summary>
public sealed partial class ProspectService
{
    /// <summary>One anchor every this many fiches of the list's order.</summary>
    public const int AnchorStride = 1000;

    /// <summary>The key of a fiche in the list's order.</summary>
    private sealed record Anchor(string NameKey, int Id);

    /// <summary>The anchors found so far; <see cref="Complete"/> once the file's end was met.</summary>
    private sealed record AnchorList(List<Anchor> Items, bool Complete);

    /// <summary>Whether a page of this query is read from an anchor: no search, many fiches, far down, a unique order.</summary>
    private static bool IsAnchored(ProspectQuery q, bool manyMatches, int skip) =>
        string.IsNullOrWhiteSpace(q.Q) && manyMatches && skip >= AnchorStride && q.Tri is not ("ville" or "statut" or "potentiel" or "contact");

    /// <summary>The ids of the page that starts <paramref name="skip"/> fiches down the list, read from the nearest anchor before it.</summary>
    private async Task<List<int>> AnchoredPageIdsAsync(int workspaceId, ProspectQuery q, int skip, CancellationToken ct)
    {
        var strides = skip / AnchorStride;
        var anchors = await AnchorsAsync(workspaceId, q, strides, ct);
        if (anchors.Count < strides)
        {
            return [];   // the file ends before the page, as the offset would say
        }
        return await After(Where(workspaceId, q, walkOrder: true), q, anchors[strides - 1])
            .Skip(skip - strides * AnchorStride).Take(PageSize).Select(p => p.Id).ToListAsync(ct);
    }

    /// <summary>The first <paramref name="count"/> anchors of the query (fewer when the file ends), remembered under the file's version.</summary>
    private async Task<List<Anchor>> AnchorsAsync(int workspaceId, ProspectQuery q, int count, CancellationToken ct)
    {
        var key = $"prospects:anchors:{workspaceId}:{versions.Current(workspaceId)}:{q.ToQueryString(page: 1)}";
        var known = versions.Remembers && cache.TryGetValue(key, out AnchorList? found) && found is not null ? found : new AnchorList([], false);
        if (known.Complete || known.Items.Count >= count)
        {
            return known.Items;
        }
        // A copy, extended: another request may be reading the remembered list.
        var anchors = new List<Anchor>(known.Items);
        var complete = false;
        while (anchors.Count < count && !complete)
        {
            var walk = anchors.Count == 0 ? Sort(Where(workspaceId, q, walkOrder: true), q) : After(Where(workspaceId, q, walkOrder: true), q, anchors[^1]);
            var next = await walk.Skip(AnchorStride - 1).Select(p => new Anchor(p.NameKey, p.Id)).FirstOrDefaultAsync(ct);
            complete = next is null;
            if (next is not null)
            {
                anchors.Add(next);
            }
        }
        if (versions.Remembers)
        {
            cache.Set(key, new AnchorList(anchors, complete), TimeSpan.FromMinutes(5));
        }
        return anchors;
    }

    /// <summary>
    /// The fiches after <paramref name="a"/> in the list's order. The name is compared as a range (« NameKey &gt;= … »)
    /// so that SQLite seeks it in the (WorkspaceId, NameKey) index, then the id settles the fiches of the same name.
    /// </summary>
    private static IQueryable<Domain.Prospect> After(IQueryable<Domain.Prospect> query, ProspectQuery q, Anchor a)
    {
        var (name, id) = (a.NameKey, a.Id);
        return (q.Tri, q.Desc) switch
        {
            ("creation", false) => query.Where(p => p.Id > id).OrderBy(p => p.Id),
            ("creation", true) => query.Where(p => p.Id < id).OrderByDescending(p => p.Id),
            (_, false) => query.Where(p => p.NameKey.CompareTo(name) >= 0 && (p.NameKey != name || p.Id > id)).OrderBy(p => p.NameKey).ThenBy(p => p.Id),
            (_, true) => query.Where(p => p.NameKey.CompareTo(name) <= 0 && (p.NameKey != name || p.Id < id)).OrderByDescending(p => p.NameKey).ThenByDescending(p => p.Id),
        };
    }
}
