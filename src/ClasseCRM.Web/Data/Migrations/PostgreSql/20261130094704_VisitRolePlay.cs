using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class VisitRolePlay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Mode",
                table: "Visits",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Amount",
                table: "PairSessions",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "PairSessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OfferDesignation",
                table: "PairSessions",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "OfferDiscountRate",
                table: "PairSessions",
                type: "numeric(7,6)",
                precision: 7,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "OfferNetPrice",
                table: "PairSessions",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VisitId",
                table: "PairSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VisitResult",
                table: "PairSessions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_VisitId",
                table: "PairSessions",
                column: "VisitId");

            migrationBuilder.AddForeignKey(
                name: "FK_PairSessions_Visits_VisitId",
                table: "PairSessions",
                column: "VisitId",
                principalTable: "Visits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PairSessions_Visits_VisitId",
                table: "PairSessions");

            migrationBuilder.DropIndex(
                name: "IX_PairSessions_VisitId",
                table: "PairSessions");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "Amount",
                table: "PairSessions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PairSessions");

            migrationBuilder.DropColumn(
                name: "OfferDesignation",
                table: "PairSessions");

            migrationBuilder.DropColumn(
                name: "OfferDiscountRate",
                table: "PairSessions");

            migrationBuilder.DropColumn(
                name: "OfferNetPrice",
                table: "PairSessions");

            migrationBuilder.DropColumn(
                name: "VisitId",
                table: "PairSessions");

            migrationBuilder.DropColumn(
                name: "VisitResult",
                table: "PairSessions");
        }
    }
}
