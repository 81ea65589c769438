using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NafSection",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NafSection_NameKey_Id",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NafSection", "NameKey", "Id" });

            // The list's town filter is an equality on lower(City) (ASCII letters folded, as SQLite's LIKE does): an
            // index on that expression, in name order within a town. EF Core's model has no expression index, hence SQL.
            // Both indexes get their statistics at start (DatabaseMaintenance.OptimizeAsync).
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_Prospects_WorkspaceId_CityFolded_NameKey\" ON \"Prospects\" (\"WorkspaceId\", lower(\"City\"), \"NameKey\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_Prospects_WorkspaceId_CityFolded_NameKey\";");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NafSection_NameKey_Id",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NafSection",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NafSection" });
        }
    }
}
