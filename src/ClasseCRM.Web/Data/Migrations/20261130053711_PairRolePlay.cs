using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PairRolePlay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PairSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    CallerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PartnerIsTeacher = table.Column<bool>(type: "INTEGER", nullable: false),
                    CallerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProspectName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OperationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PhasesDone = table.Column<int>(type: "INTEGER", nullable: false),
                    Journal = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Reached = table.Column<int>(type: "INTEGER", nullable: true),
                    RaisedObjections = table.Column<string>(type: "TEXT", nullable: false),
                    PartnerOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    PartnerNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CallerOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    CallLogId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DebriefedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Debrief = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairSessions_CallLogs_CallLogId",
                        column: x => x.CallLogId,
                        principalTable: "CallLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PairSessions_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairSessions_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_CallLogId",
                table: "PairSessions",
                column: "CallLogId");

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_OperationId",
                table: "PairSessions",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_PartnerId_State",
                table: "PairSessions",
                columns: new[] { "PartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_ProspectId",
                table: "PairSessions",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_WorkspaceId_OperationId_ProspectId",
                table: "PairSessions",
                columns: new[] { "WorkspaceId", "OperationId", "ProspectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PairSessions");
        }
    }
}
