using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Mailings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FromName",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InReplyToId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OperationId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProspectId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailBody",
                table: "Operations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailSubject",
                table: "Operations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MailingSends",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OutboxMessageId = table.Column<int>(type: "INTEGER", nullable: true),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailingSends", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailingSends_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MailingSends_OutboxMessages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MailingSends_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_InReplyToId",
                table: "OutboxMessages",
                column: "InReplyToId");

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_OperationId_ProspectId",
                table: "MailingSends",
                columns: new[] { "OperationId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_OutboxMessageId",
                table: "MailingSends",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_ProspectId",
                table: "MailingSends",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_WorkspaceId_SentAtUtc",
                table: "MailingSends",
                columns: new[] { "WorkspaceId", "SentAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MailingSends");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_InReplyToId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "FromName",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "InReplyToId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "OperationId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ProspectId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "MailBody",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "MailSubject",
                table: "Operations");
        }
    }
}
