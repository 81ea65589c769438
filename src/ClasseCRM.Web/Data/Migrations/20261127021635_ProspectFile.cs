using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProspectFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Prospects",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAnonymised",
                table: "Prospects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NafSection",
                table: "Prospects",
                type: "TEXT",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Prospects",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NextAction",
                table: "Prospects",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Prospects",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Prospects",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Contacts",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Contacts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProspectImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MappingJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProspectImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProspectImports_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProspectNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProspectNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProspectNotes_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_City",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "City" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_EmailKey",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_LastContactAtUtc",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "LastContactAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_PostalCode",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NameKey", "PostalCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_PhoneKey",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "PhoneKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Siret",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Siret" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_WorkspaceId_EmailKey",
                table: "Contacts",
                columns: new[] { "WorkspaceId", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_WorkspaceId_PhoneKey",
                table: "Contacts",
                columns: new[] { "WorkspaceId", "PhoneKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ProspectImports_WorkspaceId",
                table: "ProspectImports",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_ProspectId",
                table: "ProspectNotes",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_WorkspaceId_ProspectId_CreatedAtUtc",
                table: "ProspectNotes",
                columns: new[] { "WorkspaceId", "ProspectId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProspectImports");

            migrationBuilder.DropTable(
                name: "ProspectNotes");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_City",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_EmailKey",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_LastContactAtUtc",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_PostalCode",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_PhoneKey",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_Siret",
                table: "Prospects");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_WorkspaceId_EmailKey",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_WorkspaceId_PhoneKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "IsAnonymised",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "NafSection",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "NextAction",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Contacts");
        }
    }
}
