using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScenarioSecteur : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EnergyRenovation",
                table: "Scenarios",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HomeTown",
                table: "Scenarios",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HomeTownCode",
                table: "Scenarios",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MaxKmPerDay",
                table: "Scenarios",
                type: "INTEGER",
                nullable: false,
                defaultValue: 150);

            migrationBuilder.AddColumn<int>(
                name: "RadiusKm",
                table: "Scenarios",
                type: "INTEGER",
                nullable: false,
                defaultValue: 40);

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NafCode",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NafCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NafCode",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "EnergyRenovation",
                table: "Scenarios");

            migrationBuilder.DropColumn(
                name: "HomeTown",
                table: "Scenarios");

            migrationBuilder.DropColumn(
                name: "HomeTownCode",
                table: "Scenarios");

            migrationBuilder.DropColumn(
                name: "MaxKmPerDay",
                table: "Scenarios");

            migrationBuilder.DropColumn(
                name: "RadiusKm",
                table: "Scenarios");
        }
    }
}
