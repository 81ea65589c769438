using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Operations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ObjectiveContacts = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectiveAppointments = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectiveOrders = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectiveRevenue = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    TargetCriteria = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operations_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallLogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CalledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FollowUpAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallLogs_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallLogs_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationTargets_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OperationTargets_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_OperationId",
                table: "CallLogs",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_ProspectId",
                table: "CallLogs",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_WorkspaceId_OperationId_CalledAtUtc",
                table: "CallLogs",
                columns: new[] { "WorkspaceId", "OperationId", "CalledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_WorkspaceId_ProspectId_CalledAtUtc",
                table: "CallLogs",
                columns: new[] { "WorkspaceId", "ProspectId", "CalledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_WorkspaceId_StartDate",
                table: "Operations",
                columns: new[] { "WorkspaceId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationTargets_OperationId_ProspectId",
                table: "OperationTargets",
                columns: new[] { "OperationId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperationTargets_ProspectId",
                table: "OperationTargets",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationTargets_WorkspaceId_OperationId_Position",
                table: "OperationTargets",
                columns: new[] { "WorkspaceId", "OperationId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallLogs");

            migrationBuilder.DropTable(
                name: "OperationTargets");

            migrationBuilder.DropTable(
                name: "Operations");
        }
    }
}
