using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SynthesisRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActionRowsJson",
                table: "Syntheses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GapCauseRowsJson",
                table: "Syntheses",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActionRowsJson",
                table: "Syntheses");

            migrationBuilder.DropColumn(
                name: "GapCauseRowsJson",
                table: "Syntheses");
        }
    }
}
