using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CityKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CityKey",
                table: "Prospects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_CityKey_NameKey_Id",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "CityKey", "NameKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_CityKey_NameKey_Id",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "CityKey",
                table: "Prospects");
        }
    }
}
