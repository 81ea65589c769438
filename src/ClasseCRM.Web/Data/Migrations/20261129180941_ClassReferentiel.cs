using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClassReferentiel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "Syntheses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Referentiel",
                table: "Syntheses",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Referentiel",
                table: "Classes",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "vente-2002");

            // Classes made before the choice prepared the 2002 diploma their grid came from; documents already handed in keep it.
            migrationBuilder.Sql("UPDATE \"Syntheses\" SET \"Referentiel\" = 'vente-2002' WHERE \"Status\" <> 0;");

            migrationBuilder.CreateIndex(
                name: "IX_Syntheses_AuthorId",
                table: "Syntheses",
                column: "AuthorId");

            migrationBuilder.AddForeignKey(
                name: "FK_Syntheses_AspNetUsers_AuthorId",
                table: "Syntheses",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Syntheses_AspNetUsers_AuthorId",
                table: "Syntheses");

            migrationBuilder.DropIndex(
                name: "IX_Syntheses_AuthorId",
                table: "Syntheses");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "Syntheses");

            migrationBuilder.DropColumn(
                name: "Referentiel",
                table: "Syntheses");

            migrationBuilder.DropColumn(
                name: "Referentiel",
                table: "Classes");
        }
    }
}
