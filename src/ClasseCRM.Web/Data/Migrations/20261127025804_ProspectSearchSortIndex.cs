using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProspectSearchSortIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Prospects_Id_WorkspaceId_Name",
                table: "Prospects",
                columns: new[] { "Id", "WorkspaceId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_Id_WorkspaceId_Name",
                table: "Prospects");
        }
    }
}
