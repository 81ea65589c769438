using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProspectSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 index over Prospects.SearchText (external content), kept in sync by triggers; accents already folded.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"ProspectSearch\" USING fts5(\"SearchText\", content='Prospects', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("CREATE TRIGGER \"Prospects_SearchInsert\" AFTER INSERT ON \"Prospects\" BEGIN INSERT INTO \"ProspectSearch\"(rowid, \"SearchText\") VALUES (new.\"Id\", new.\"SearchText\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"Prospects_SearchDelete\" AFTER DELETE ON \"Prospects\" BEGIN INSERT INTO \"ProspectSearch\"(\"ProspectSearch\", rowid, \"SearchText\") VALUES ('delete', old.\"Id\", old.\"SearchText\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"Prospects_SearchUpdate\" AFTER UPDATE OF \"SearchText\" ON \"Prospects\" BEGIN INSERT INTO \"ProspectSearch\"(\"ProspectSearch\", rowid, \"SearchText\") VALUES ('delete', old.\"Id\", old.\"SearchText\"); INSERT INTO \"ProspectSearch\"(rowid, \"SearchText\") VALUES (new.\"Id\", new.\"SearchText\"); END;");
            migrationBuilder.Sql("INSERT INTO \"ProspectSearch\"(\"ProspectSearch\") VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_SearchUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_SearchDelete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_SearchInsert\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ProspectSearch\";");
        }
    }
}
