using Microsoft.EntityFrameworkCore.Migrations;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The part of the SQLite schema the model cannot describe, written by hand and called by the SQLite initial migration
/// (kept apart so that regenerating that migration keeps it: add the call back) and by SearchPrefixes (the full-text
/// index made again). Two search structures, kept in sync with
/// <c>Prospects.SearchText</c> (already folded: no accents, no capitals) by triggers:
/// <list type="bullet">
/// <item>the FTS5 table <c>ProspectSearch</c> (external content over Prospects, prefix indexes of 2 to 6 characters: a
/// start such as « le roux », « du », « sar… », « martin » reads one list instead of merging the lists of every word it
/// starts; 2 and 3 only before the migration SearchPrefixes) — see <see cref="ProspectSearchIndex"/>;</item>
/// <item>the vocabulary <c>SearchWords</c> of each workspace for « Vouliez-vous dire … ? » (<see cref="SearchWordRow"/>):
/// the search text is cut into words in SQL (its signs become spaces, its spaces the separators of a JSON array read by
/// json_each; a text that would not make valid JSON adds no word rather than fail the write); words of three letters or
/// more, a–z only, are kept, and only added (see ProspectSearchSuggestions).</item>
/// </list>
/// </summary>
public static class SqliteSearchSchema
{
    /// <summary>The prefix lengths the full-text index was first made with (the initial migration).</summary>
    public const string FirstPrefixes = "2 3";

    /// <summary>
    /// The prefix lengths of the full-text index since the migration SearchPrefixes: a query word of up to six letters
    /// reads one list. A longer word starts few words of the file, whose lists are merged (docs/BENCHMARKS.md « Seventeenth
    /// session »: « martin… » 0.28 → 0.07 ms, « saint malo » 1.75 → 0.17 ms, the index 21 → 40 MB for 100 000 fiches).
    /// </summary>
    public const string Prefixes = "2 3 4 5 6";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        CreateIndex(migrationBuilder, FirstPrefixes);
        migrationBuilder.Sql("CREATE TABLE \"SearchWords\" (\"WorkspaceId\" INTEGER NOT NULL, \"Word\" TEXT NOT NULL, PRIMARY KEY (\"WorkspaceId\", \"Word\")) WITHOUT ROWID;");
        migrationBuilder.Sql($"CREATE TRIGGER \"Prospects_WordsInsert\" AFTER INSERT ON \"Prospects\" BEGIN {AddWords("new")} END;");
        migrationBuilder.Sql($"CREATE TRIGGER \"Prospects_WordsUpdate\" AFTER UPDATE OF \"SearchText\" ON \"Prospects\" WHEN new.\"SearchText\" IS NOT old.\"SearchText\" BEGIN {AddWords("new")} END;");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_WordsUpdate\";");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_WordsInsert\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchWords\";");
        DropIndex(migrationBuilder);
    }

    /// <summary>
    /// The full-text index made again with other prefix lengths, and filled from the fiches' search texts (about ten
    /// seconds for 100 000 fiches, in the migration's transaction): its triggers are dropped and made again with it.
    /// </summary>
    public static void RebuildIndex(MigrationBuilder migrationBuilder, string prefixes)
    {
        DropIndex(migrationBuilder);
        CreateIndex(migrationBuilder, prefixes);
        migrationBuilder.Sql("INSERT INTO \"ProspectSearch\"(\"ProspectSearch\") VALUES ('rebuild');");
    }

    /// <summary>The FTS5 table over the fiches' search texts, with the triggers that keep it in step with them.</summary>
    private static void CreateIndex(MigrationBuilder migrationBuilder, string prefixes)
    {
        migrationBuilder.Sql($"CREATE VIRTUAL TABLE \"ProspectSearch\" USING fts5(\"SearchText\", content='Prospects', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='{prefixes}');");
        migrationBuilder.Sql("CREATE TRIGGER \"Prospects_SearchInsert\" AFTER INSERT ON \"Prospects\" BEGIN INSERT INTO \"ProspectSearch\"(rowid, \"SearchText\") VALUES (new.\"Id\", new.\"SearchText\"); END;");
        migrationBuilder.Sql("CREATE TRIGGER \"Prospects_SearchDelete\" AFTER DELETE ON \"Prospects\" BEGIN INSERT INTO \"ProspectSearch\"(\"ProspectSearch\", rowid, \"SearchText\") VALUES ('delete', old.\"Id\", old.\"SearchText\"); END;");
        migrationBuilder.Sql("CREATE TRIGGER \"Prospects_SearchUpdate\" AFTER UPDATE OF \"SearchText\" ON \"Prospects\" BEGIN INSERT INTO \"ProspectSearch\"(\"ProspectSearch\", rowid, \"SearchText\") VALUES ('delete', old.\"Id\", old.\"SearchText\"); INSERT INTO \"ProspectSearch\"(rowid, \"SearchText\") VALUES (new.\"Id\", new.\"SearchText\"); END;");
    }

    private static void DropIndex(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_SearchUpdate\";");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_SearchDelete\";");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_SearchInsert\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ProspectSearch\";");
    }

    /// <summary>The statement that adds the words of a fiche's search text to its workspace's vocabulary.</summary>
    private static string AddWords(string row) =>
        $"INSERT OR IGNORE INTO \"SearchWords\" (\"WorkspaceId\", \"Word\") SELECT {row}.\"WorkspaceId\", value FROM {WordsOf(row)} WHERE {IsWord("value")};";

    /// <summary>A word kept in the vocabulary: three letters or more, a–z only (the text is folded: no accents, no capitals).</summary>
    private static string IsWord(string value) => $"length({value}) >= 3 AND {value} NOT GLOB '*[^a-z]*'";

    /// <summary>json_each over the words of the row's search text (see the class summary).</summary>
    private static string WordsOf(string row)
    {
        var text = $"{row}.\"SearchText\"";
        foreach (var sign in new[] { "\"", "\\", ".", "@", "-", "''", "’", ",", "&", "/", "(", ")", "_" })
        {
            text = $"replace({text}, '{sign}', ' ')";
        }
        var array = $"('[\"' || replace({text}, ' ', '\",\"') || '\"]')";
        return $"json_each(CASE WHEN json_valid({array}) THEN {array} ELSE '[]' END)";
    }
}
