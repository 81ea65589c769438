using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StoredSearchVector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand: the index on the expression and the match function give way to the stored column.
            Infrastructure.Data.PostgreSqlSearchSchema.DropComputedVector(migrationBuilder);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Prospects",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "public.\"ProspectSearchVector\"(\"SearchText\")",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_SearchVector",
                table: "Prospects",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_SearchVector",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Prospects");

            Infrastructure.Data.PostgreSqlSearchSchema.RestoreComputedVector(migrationBuilder);
        }
    }
}
