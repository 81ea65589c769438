using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchPrefixIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The full-text index again, with prefix indexes of 2 and 3 characters: a search word that is a common
            // start ("le roux", "du", "sar…") reads one list instead of merging the lists of hundreds of words. The
            // triggers of ProspectSearchIndex name the table and keep working.
            migrationBuilder.Sql("DROP TABLE \"ProspectSearch\";");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"ProspectSearch\" USING fts5(\"SearchText\", content='Prospects', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');");
            migrationBuilder.Sql("INSERT INTO \"ProspectSearch\"(\"ProspectSearch\") VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"ProspectSearch\";");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"ProspectSearch\" USING fts5(\"SearchText\", content='Prospects', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO \"ProspectSearch\"(\"ProspectSearch\") VALUES ('rebuild');");
        }
    }
}
