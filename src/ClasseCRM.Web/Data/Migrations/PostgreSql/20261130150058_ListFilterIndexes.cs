using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.PostgreSql
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
