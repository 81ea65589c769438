using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SynthesisAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SynthesisAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    SynthesisId = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Mark = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    ResultsComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnalysisComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverallComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SynthesisAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SynthesisAssessments_Syntheses_SynthesisId",
                        column: x => x.SynthesisId,
                        principalTable: "Syntheses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SynthesisAssessments_SynthesisId",
                table: "SynthesisAssessments",
                column: "SynthesisId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SynthesisAssessments");
        }
    }
}
