using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorName",
                table: "ProspectImports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedCount",
                table: "ProspectImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "FinishedAtUtc",
                table: "ProspectImports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAtUtc",
                table: "ProspectImports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProcessedRows",
                table: "ProspectImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "QueuedAtUtc",
                table: "ProspectImports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RejectedCount",
                table: "ProspectImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RejectionsJson",
                table: "ProspectImports",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "RunToken",
                table: "ProspectImports",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StartedAtUtc",
                table: "ProspectImports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ProspectImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TotalRows",
                table: "ProspectImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_ProspectImports_Status",
                table: "ProspectImports",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProspectImports_Status",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "AuthorName",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "CreatedCount",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "FinishedAtUtc",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "HeartbeatAtUtc",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "ProcessedRows",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "QueuedAtUtc",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "RejectedCount",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "RejectionsJson",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "RunToken",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "StartedAtUtc",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ProspectImports");

            migrationBuilder.DropColumn(
                name: "TotalRows",
                table: "ProspectImports");
        }
    }
}
