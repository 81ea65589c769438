using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RolePlay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PlayedCallsOnly",
                table: "Operations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PracticeAbsentPercent",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "PracticeGatekeeperPercent",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "PracticeNoAnswerPercent",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "PracticeReachedPercent",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 33);

            migrationBuilder.AddColumn<int>(
                name: "PracticeWrongNumberPercent",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "Mode",
                table: "CallLogs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "RoleCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    PickUp = table.Column<int>(type: "INTEGER", nullable: false),
                    Reachability = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReachableHour = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentSupplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HiddenNeed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DominantMotive = table.Column<int>(type: "INTEGER", nullable: false),
                    BuyingSignals = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AcceptsWhen = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Objections = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleCards_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RolePlaySessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    Reach = table.Column<int>(type: "INTEGER", nullable: false),
                    PickUp = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Remaining = table.Column<int>(type: "INTEGER", nullable: false),
                    Patience = table.Column<int>(type: "INTEGER", nullable: false),
                    Lifted = table.Column<int>(type: "INTEGER", nullable: false),
                    Transcript = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    CallLogId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: true),
                    Objections = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolePlaySessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_CallLogs_CallLogId",
                        column: x => x.CallLogId,
                        principalTable: "CallLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScenarioRolePlays",
                columns: table => new
                {
                    ScenarioId = table.Column<int>(type: "INTEGER", nullable: false),
                    SwitchboardPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    AssistantPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionMakerPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Reachability = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Motives = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HiddenNeeds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BuyingSignals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AcceptanceTriggers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Suppliers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BudgetMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BudgetMax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioRolePlays", x => x.ScenarioId);
                    table.ForeignKey(
                        name: "FK_ScenarioRolePlays_Scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "Scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoleCards_ProspectId",
                table: "RoleCards",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleCards_WorkspaceId_ProspectId",
                table: "RoleCards",
                columns: new[] { "WorkspaceId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_AuthorId",
                table: "RolePlaySessions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_CallLogId",
                table: "RolePlaySessions",
                column: "CallLogId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_OperationId",
                table: "RolePlaySessions",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_ProspectId",
                table: "RolePlaySessions",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_WorkspaceId_OperationId_ProspectId",
                table: "RolePlaySessions",
                columns: new[] { "WorkspaceId", "OperationId", "ProspectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoleCards");

            migrationBuilder.DropTable(
                name: "RolePlaySessions");

            migrationBuilder.DropTable(
                name: "ScenarioRolePlays");

            migrationBuilder.DropColumn(
                name: "PlayedCallsOnly",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "PracticeAbsentPercent",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "PracticeGatekeeperPercent",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "PracticeNoAnswerPercent",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "PracticeReachedPercent",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "PracticeWrongNumberPercent",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "CallLogs");
        }
    }
}
