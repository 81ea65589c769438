using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Visits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RouteOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    LegKm = table.Column<double>(type: "REAL", nullable: true),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Known = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SoncasHypotheses = table.Column<int>(type: "INTEGER", nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Interlocutor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Motives = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Gap = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GapCause = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Weaknesses = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Expenses = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Visits_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Technique = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitObjections_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitObjections_VisitId",
                table: "VisitObjections",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_OperationId_ProspectId",
                table: "Visits",
                columns: new[] { "OperationId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_ProspectId",
                table: "Visits",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_WorkspaceId_PlannedOn",
                table: "Visits",
                columns: new[] { "WorkspaceId", "PlannedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VisitObjections");

            migrationBuilder.DropTable(
                name: "Visits");
        }
    }
}
