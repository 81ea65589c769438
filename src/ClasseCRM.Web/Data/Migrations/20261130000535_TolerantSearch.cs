using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <summary>
    /// Tolerant search (issue 18): Prospects.SearchVersion says which rules wrote a fiche's search text (the fiches written
    /// before are written again at start, with the joined forms of their names and their notes), and the table SearchWords
    /// holds each workspace's vocabulary for « Vouliez-vous dire … ? », filled by triggers from the search text as it is
    /// written (then from the fiches already there). A search text is cut into words in SQL: its signs become spaces, its
    /// spaces the separators of a JSON array read by json_each (a text that would not make valid JSON adds no word rather
    /// than fail the write); words of three letters or more, letters a–z only, are kept. Words are only added: one whose
    /// last fiche has gone is dropped when a suggestion meets it (ProspectSearchSuggestions), which keeps imports cheap.
    /// </summary>
    public partial class TolerantSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SearchVersion",
                table: "Prospects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("CREATE TABLE \"SearchWords\" (\"WorkspaceId\" INTEGER NOT NULL, \"Word\" TEXT NOT NULL, PRIMARY KEY (\"WorkspaceId\", \"Word\")) WITHOUT ROWID;");
            migrationBuilder.Sql($"CREATE TRIGGER \"Prospects_WordsInsert\" AFTER INSERT ON \"Prospects\" BEGIN {AddWords("new")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"Prospects_WordsUpdate\" AFTER UPDATE OF \"SearchText\" ON \"Prospects\" WHEN new.\"SearchText\" IS NOT old.\"SearchText\" BEGIN {AddWords("new")} END;");
            migrationBuilder.Sql($"INSERT OR IGNORE INTO \"SearchWords\" (\"WorkspaceId\", \"Word\") SELECT DISTINCT p.\"WorkspaceId\", w.value FROM \"Prospects\" AS p, {WordsOf("p")} AS w WHERE {IsWord("w.value")};");
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_WordsUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_WordsInsert\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchWords\";");
            migrationBuilder.DropColumn(
                name: "SearchVersion",
                table: "Prospects");
        }
    }
}
