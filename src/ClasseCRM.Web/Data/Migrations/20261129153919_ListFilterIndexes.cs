using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_Filters",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId",
                table: "Prospects",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_Filters",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NameKey", "Id", "Status", "Potential", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Potential",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Potential" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Status",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_Filters",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Potential",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Status",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_Filters",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NameKey", "Status", "Potential", "Department" });
        }
    }
}
