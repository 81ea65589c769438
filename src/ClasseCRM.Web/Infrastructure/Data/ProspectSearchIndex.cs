using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Full-text search over the prospects' folded search text. On SQLite it is an FTS5 index kept in sync by triggers
/// (migration ProspectSearchIndex): word-prefix search in a few milliseconds instead of scanning every row
/// (DESIGN.md performance notes). On PostgreSQL it is a GIN index of the same text's stored <c>tsvector</c> (see
/// <see cref="PostgreSqlSearchSchema"/>), read with the same words, prefixes and alternatives: the same fiches match.
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

    /// <summary>
    /// <see cref="MatchExpression"/> when the database is SQLite, whose full-text rows (<see cref="ProspectSearchRow"/>) a
    /// compiled query can read with it; null on PostgreSQL.
    /// </summary>
    public static string? SqliteMatchExpression(AppDbContext db, string foldedQuery) =>
        db.Database.IsSqlite() ? MatchExpression(foldedQuery) : null;

    /// <summary>
    /// The PostgreSQL tsquery of the same rules as <see cref="MatchExpression"/>: each word a prefix (<c>:*</c>), all
    /// required, the alternatives joined by « | » (« le roux » → <c>(le:* &amp; roux:*) | (leroux:*)</c>). The words are
    /// runs of letters and digits (<see cref="SearchTerms.Words"/>): nothing in them is an operator of a tsquery.
    /// </summary>
    public static string? TsQuery(string foldedQuery)
    {
        var alternatives = SearchTerms.Alternatives(foldedQuery);
        if (alternatives[0].Count == 0)
        {
            return null;
        }
        static string All(List<string> words) => string.Join(" & ", words.Select(w => $"{w}:*"));
        return alternatives.Count == 1 ? All(alternatives[0]) : string.Join(" | ", alternatives.Select(a => $"({All(a)})"));
    }

    /// <summary>
    /// PostgreSQL's stored <c>tsvector</c> of a fiche's search text (a generated column, PostgreSQL only, with its GIN
    /// index): a search tests each fiche of the file against it, instead of computing the vector from the text again for
    /// each fiche (40–60 µs each, docs/BENCHMARKS.md « PostgreSQL »).
    /// </summary>
    public const string VectorColumn = "SearchVector";

    /// <summary>Ids of the prospects whose search text has every word of the query as a word prefix; null when the query has no word.</summary>
    /// <remarks>
    /// Written through <see cref="ProspectSearchRow"/> rather than raw SQL: EF Core builds the SQL of a query that
    /// composes a parameterised <c>FromSql</c> again at every execution, behind a lock, which cost a search page
    /// several milliseconds at 16 concurrent clients; this LINQ form is built once and cached.
    /// </remarks>
    public static IQueryable<int>? MatchingIds(AppDbContext db, string foldedQuery)
    {
        if (db.Database.IsNpgsql())
        {
            return TsQuery(foldedQuery) is { } query
                ? db.Prospects.Where(p => EF.Property<NpgsqlTsVector>(p, VectorColumn).Matches(EF.Functions.ToTsQuery("simple", query))).Select(p => p.Id)
                : null;
        }
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

    /// <summary>
    /// The FTS5 table (SQLite: not in the migrations' model, never queried on PostgreSQL) and PostgreSQL's stored vector
    /// (<see cref="ProspectSearchIndex.VectorColumn"/>: in PostgreSQL's model only).
    /// </summary>
    internal static void Configure(ModelBuilder builder, Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database)
    {
        builder.Entity<ProspectSearchRow>(e =>
        {
            e.HasNoKey();
            e.ToTable("ProspectSearch", t => t.ExcludeFromMigrations());
            e.Property(r => r.Rowid).HasColumnName("rowid");
            e.Property(r => r.Match).HasColumnName("ProspectSearch");
        });
        if (database.IsNpgsql())
        {
            builder.Entity<Domain.Prospect>(e =>
            {
                e.Property<NpgsqlTsVector>(ProspectSearchIndex.VectorColumn)
                    .HasComputedColumnSql(PostgreSqlSearchSchema.VectorOfSearchText, stored: true);
                e.HasIndex(ProspectSearchIndex.VectorColumn).HasMethod("GIN").HasDatabaseName(PostgreSqlSearchSchema.VectorIndex);
            });
        }
    }
}
