using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Full-text search over the prospects' folded search text. On SQLite it is an FTS5 index kept in sync by triggers
/// (migration ProspectSearchIndex): word-prefix search in a few milliseconds instead of scanning every row
/// (DESIGN.md performance notes). On another provider it falls back to a substring test on the same column.
/// </summary>
public static class ProspectSearchIndex
{
    /// <summary>
    /// The FTS5 query: every word of the (folded) search as a prefix, all required ("dup rennes" → "dup"* "rennes"*), « et »
    /// left out of a query of several words, and a compound or a run of neighbouring words also tried joined ("le roux" →
    /// ("le"* "roux"*) OR ("leroux"*)): the tolerant rules of <see cref="SearchTerms"/>.
    /// </summary>
    public static string? MatchExpression(string foldedQuery)
    {
        var alternatives = SearchTerms.Alternatives(foldedQuery);
        if (alternatives[0].Count == 0)
        {
            return null;
        }
        static string All(List<string> words) => string.Join(' ', words.Select(w => $"\"{w}\"*"));
        return alternatives.Count == 1 ? All(alternatives[0]) : string.Join(" OR ", alternatives.Select(a => $"({All(a)})"));
    }

    /// <summary>Ids of the prospects whose search text has every word of the query as a word prefix; null when the provider has no index.</summary>
    /// <remarks>
    /// Written through <see cref="ProspectSearchRow"/> rather than raw SQL: EF Core builds the SQL of a query that
    /// composes a parameterised <c>FromSql</c> again at every execution, behind a lock, which cost a search page
    /// several milliseconds at 16 concurrent clients; this LINQ form is built once and cached.
    /// </remarks>
    public static IQueryable<int>? MatchingIds(AppDbContext db, string foldedQuery)
    {
        if (!db.Database.IsSqlite() || MatchExpression(foldedQuery) is not { } match)
        {
            return null;
        }
        return db.Set<ProspectSearchRow>().Where(r => r.Match == match).Select(r => r.Rowid);
    }
}

/// <summary>
/// A row of the FTS5 table <c>ProspectSearch</c> (created by the migration ProspectSearchIndex, not by the model).
/// FTS5 gives the table a hidden column of its own name: <c>"ProspectSearch" = 'query'</c> is the same as
/// <c>MATCH 'query'</c>, which lets LINQ express a full-text match.
/// </summary>
public sealed class ProspectSearchRow
{
    public int Rowid { get; set; }

    public string Match { get; set; } = "";

    internal static void Configure(ModelBuilder builder) =>
        builder.Entity<ProspectSearchRow>(e =>
        {
            e.HasNoKey();
            e.ToTable("ProspectSearch", t => t.ExcludeFromMigrations());
            e.Property(r => r.Rowid).HasColumnName("rowid");
            e.Property(r => r.Match).HasColumnName("ProspectSearch");
        });
}
