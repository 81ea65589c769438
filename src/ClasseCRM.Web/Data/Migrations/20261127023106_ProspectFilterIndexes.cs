using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProspectFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Status",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Department",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NafSection",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NafSection" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Status_Potential_Department",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Status", "Potential", "Department" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Department",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NafSection",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Status_Potential_Department",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Status",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Status" });
        }
    }
}
