using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <summary>
    /// The prospect list sorts by the folded name (NameKey: accents, case and ligatures ignored) — French order — so its
    /// two name indexes are rebuilt on NameKey instead of Name. No back-fill is needed: NameKey has been written with
    /// every fiche since the table was created (create, edit, import, anonymisation, seeding all call
    /// Prospect.RefreshSearchFields), and the planner statistics are refreshed at start (PRAGMA optimize).
    /// </summary>
    public partial class FrenchNameSort : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_Id_WorkspaceId_Name",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Name_Filters",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_Id_WorkspaceId_NameKey",
                table: "Prospects",
                columns: new[] { "Id", "WorkspaceId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_Filters",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NameKey", "Status", "Potential", "Department" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_Id_WorkspaceId_NameKey",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_Filters",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_Id_WorkspaceId_Name",
                table: "Prospects",
                columns: new[] { "Id", "WorkspaceId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Name_Filters",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Name", "Status", "Potential", "Department" });
        }
    }
}
