using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CalledOn",
                table: "CallLogs",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Calls logged before this version: their day in Paris (UTC+2 from April to October, UTC+1 otherwise; the
            // few calls made around midnight on the nights the clocks change may land on the next day).
            migrationBuilder.Sql("""
                UPDATE "CallLogs" SET "CalledOn" = date("CalledAtUtc",
                    CASE WHEN CAST(strftime('%m', "CalledAtUtc") AS INTEGER) BETWEEN 4 AND 10 THEN '+2 hours' ELSE '+1 hours' END);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_WorkspaceId_CreatedAtUtc",
                table: "ProspectNotes",
                columns: new[] { "WorkspaceId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_OrderDate",
                table: "Orders",
                columns: new[] { "WorkspaceId", "OrderDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_WorkspaceId_CalledOn_Outcome",
                table: "CallLogs",
                columns: new[] { "WorkspaceId", "CalledOn", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProspectNotes_WorkspaceId_CreatedAtUtc",
                table: "ProspectNotes");

            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_OrderDate",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_CallLogs_WorkspaceId_CalledOn_Outcome",
                table: "CallLogs");

            migrationBuilder.DropColumn(
                name: "CalledOn",
                table: "CallLogs");
        }
    }
}
