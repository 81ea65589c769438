using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The full-text index with prefix lists of 4, 5 and 6 characters besides 2 and 3 (SQLite only: PostgreSQL's GIN index
    /// has no such lists). A query word of four to six letters, most names and towns, read the lists of every word it
    /// starts and merged them at each search; it now reads one (docs/BENCHMARKS.md « Seventeenth session »). The index is
    /// made again and filled from the fiches' search texts: about ten seconds for 100 000 fiches, at once for a school.
    /// </summary>
    public partial class SearchPrefixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            SqliteSearchSchema.RebuildIndex(migrationBuilder, SqliteSearchSchema.Prefixes);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            SqliteSearchSchema.RebuildIndex(migrationBuilder, SqliteSearchSchema.FirstPrefixes);
    }
}
