using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// The search box alone (no filter, names in order: most searches) on SQLite: the statements of
/// <see cref="FirstSearchMatchesAsync"/> compiled once. They are the statements the general path writes for such a
/// query (the same SQL, so the same plans); building their expression trees and looking their SQL up in EF's cache at
/// each search cost about 7 % of a search's CPU (docs/BENCHMARKS.md « Seventeenth session »). They run synchronously:
/// the SQLite driver's async methods do their work synchronously anyway, so enumerating them asynchronously only
/// added EF's and the runtime's async machinery to every row read — 8 % of a search of thousands of matches
/// (docs/BENCHMARKS.md « Eighteenth session »).
/// </summary>
public sealed partial class ProspectService
{
    /// <summary>The full-text matches among the workspace's fiches, in no order, up to a count (see <see cref="SearchMatchIdsAsync"/>).</summary>
    private static readonly Func<AppDbContext, int, string, int, IEnumerable<int>> PlainMatchIds =
        EF.CompileQuery((AppDbContext db, int workspaceId, string match, int take) =>
            db.Set<ProspectSearchRow>().Where(r => r.Match == match).Select(r => r.Rowid)
                .Join(db.Prospects.AsNoTracking().Where(p => p.WorkspaceId == workspaceId), id => id, p => p.Id, (id, _) => id)
                .Take(take));

    /// <summary>Given fiches of the workspace in name order (a search's few matches).</summary>
    private static readonly Func<AppDbContext, int, List<int>, IEnumerable<int>> InNameOrder =
        EF.CompileQuery((AppDbContext db, int workspaceId, List<int> ids) =>
            db.Prospects.AsNoTracking().Where(p => p.WorkspaceId == workspaceId && ids.Contains(p.Id))
                .OrderBy(p => p.NameKey).ThenBy(p => p.Id).Select(p => p.Id));

    /// <summary>The first matches in name order: the name index walked, each fiche tested against the matches ("Id + 0", see <see cref="Where"/>).</summary>
    private static readonly Func<AppDbContext, int, string, int, IEnumerable<int>> PlainWalk =
        EF.CompileQuery((AppDbContext db, int workspaceId, string match, int take) =>
            db.Prospects.AsNoTracking()
                .Where(p => p.WorkspaceId == workspaceId
                    && db.Set<ProspectSearchRow>().Where(r => r.Match == match).Select(r => r.Rowid).Contains(p.Id + 0))
                .OrderBy(p => p.NameKey).ThenBy(p => p.Id).Select(p => p.Id).Take(take));

    /// <summary>
    /// The full-text expression of a plain search (<see cref="IsPlainSearch"/>) on SQLite; null for any other query and
    /// for a search of no word (« & »: the general path looks for its text in the fiches' search text), which take the
    /// general path.
    /// </summary>
    private string? PlainSearchMatch(ProspectQuery q) =>
        IsPlainSearch(q) ? ProspectSearchIndex.SqliteMatchExpression(db, Domain.Search.SearchTerms.Needle(q.Q)) : null;

    /// <summary>
    /// Whether a query is the search box alone: its address is the search's (and the workspace's) alone. Every filter and
    /// sort is in the address (its pages' links carry them), so a new one cannot be missed here.
    /// </summary>
    internal static bool IsPlainSearch(ProspectQuery q) =>
        !string.IsNullOrWhiteSpace(q.Q) && q.ToQueryString(page: 1) == new ProspectQuery { Espace = q.Espace, Q = q.Q }.ToQueryString(page: 1);

    /// <summary>The workspace's fiches a plain search matches, up to <paramref name="take"/>, in no order.</summary>
    private List<int> PlainMatchIdsOf(int workspaceId, string match, int take, CancellationToken ct) =>
        SynchronousReads.Read(PlainMatchIds(db, workspaceId, match, take), ct);

    /// <summary>The first <paramref name="take"/> fiches a plain search matches, in name order.</summary>
    private List<int> PlainWalkOf(int workspaceId, string match, int take, CancellationToken ct) =>
        SynchronousReads.Read(PlainWalk(db, workspaceId, match, take), ct);
}
