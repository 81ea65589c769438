using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuoteAccordRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalRefusal",
                table: "Orders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovalRefusedAtUtc",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalRefusedBy",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalRequest",
                table: "Orders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovalRequestedAtUtc",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            // Until now a request for the teacher's agreement was the prefix "[Accord demandé] " (17 characters) in the
            // notes. A draft without the agreement that carries it becomes a request dated when the document was written;
            // every note loses the prefix.
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"ApprovalRequestedAtUtc\" = \"CreatedAtUtc\" WHERE \"Notes\" LIKE '[Accord demandé] %' AND \"Status\" = 8 AND \"ManagerApproval\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"Notes\" = NULLIF(TRIM(SUBSTR(\"Notes\", 18)), '') WHERE \"Notes\" LIKE '[Accord demandé] %';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the prefix for the requests still waiting.
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"Notes\" = SUBSTR('[Accord demandé] ' || COALESCE(\"Notes\", ''), 1, 2000) WHERE \"ApprovalRequestedAtUtc\" IS NOT NULL AND \"Status\" = 8 AND \"ManagerApproval\" IS NULL;");

            migrationBuilder.DropColumn(
                name: "ApprovalRefusal",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ApprovalRefusedAtUtc",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ApprovalRefusedBy",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ApprovalRequest",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ApprovalRequestedAtUtc",
                table: "Orders");
        }
    }
}
