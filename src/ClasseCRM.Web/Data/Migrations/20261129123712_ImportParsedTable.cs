using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportParsedTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A pending import is a transient step between the upload and its preview: the ones pending at the upgrade
            // hold the raw file, not the parsed table, and are dropped (the student uploads the file again).
            migrationBuilder.Sql("DELETE FROM \"ProspectImports\";");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "ProspectImports");

            migrationBuilder.AddColumn<string>(
                name: "TableJson",
                table: "ProspectImports",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TableJson",
                table: "ProspectImports");

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                table: "ProspectImports",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
