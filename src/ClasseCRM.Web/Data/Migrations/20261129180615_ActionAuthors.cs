using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionAuthors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "Visits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "ProspectNotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "MailingSends",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "CallLogs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_AuthorId",
                table: "Visits",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_AuthorId",
                table: "ProspectNotes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_AuthorId",
                table: "Orders",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_AuthorId",
                table: "MailingSends",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_AuthorId",
                table: "CallLogs",
                column: "AuthorId");

            migrationBuilder.AddForeignKey(
                name: "FK_CallLogs_AspNetUsers_AuthorId",
                table: "CallLogs",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_MailingSends_AspNetUsers_AuthorId",
                table: "MailingSends",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Orders_AspNetUsers_AuthorId",
                table: "Orders",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ProspectNotes_AspNetUsers_AuthorId",
                table: "ProspectNotes",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Visits_AspNetUsers_AuthorId",
                table: "Visits",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CallLogs_AspNetUsers_AuthorId",
                table: "CallLogs");

            migrationBuilder.DropForeignKey(
                name: "FK_MailingSends_AspNetUsers_AuthorId",
                table: "MailingSends");

            migrationBuilder.DropForeignKey(
                name: "FK_Orders_AspNetUsers_AuthorId",
                table: "Orders");

            migrationBuilder.DropForeignKey(
                name: "FK_ProspectNotes_AspNetUsers_AuthorId",
                table: "ProspectNotes");

            migrationBuilder.DropForeignKey(
                name: "FK_Visits_AspNetUsers_AuthorId",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_Visits_AuthorId",
                table: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_ProspectNotes_AuthorId",
                table: "ProspectNotes");

            migrationBuilder.DropIndex(
                name: "IX_Orders_AuthorId",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_MailingSends_AuthorId",
                table: "MailingSends");

            migrationBuilder.DropIndex(
                name: "IX_CallLogs_AuthorId",
                table: "CallLogs");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "ProspectNotes");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "MailingSends");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "CallLogs");
        }
    }
}
