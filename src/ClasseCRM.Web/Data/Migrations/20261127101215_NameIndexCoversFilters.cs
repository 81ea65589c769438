using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NameIndexCoversFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Name",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Name_Filters",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Name", "Status", "Potential", "Department" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Name_Filters",
                table: "Prospects");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Name",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Name" });
        }
    }
}
