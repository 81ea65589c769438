using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Loyalty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ContactDaysA",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "ContactDaysB",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<int>(
                name: "ContactDaysC",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 90);

            migrationBuilder.CreateTable(
                name: "LoyaltyActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoyaltyActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoyaltyActions_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LoyaltyActions_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyActions_ProspectId",
                table: "LoyaltyActions",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyActions_WorkspaceId_DoneOn_PlannedOn",
                table: "LoyaltyActions",
                columns: new[] { "WorkspaceId", "DoneOn", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyActions_WorkspaceId_ProspectId",
                table: "LoyaltyActions",
                columns: new[] { "WorkspaceId", "ProspectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LoyaltyActions");

            migrationBuilder.DropColumn(
                name: "ContactDaysA",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "ContactDaysB",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "ContactDaysC",
                table: "Classes");
        }
    }
}
