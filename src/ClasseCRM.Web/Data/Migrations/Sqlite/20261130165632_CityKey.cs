using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CityKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CityKey",
                table: "Prospects",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_CityKey_NameKey_Id",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "CityKey", "NameKey", "Id" });

            // The town filter compares the folded town now (filled at start for the fiches already there: their search
            // version is below Prospect.CurrentSearchVersion), not lower(City).
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Prospects_WorkspaceId_CityFolded_NameKey\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_Prospects_WorkspaceId_CityFolded_NameKey\" ON \"Prospects\" (\"WorkspaceId\", lower(\"City\"), \"NameKey\");");

            migrationBuilder.DropIndex(
                name: "IX_Prospects_WorkspaceId_CityKey_NameKey_Id",
                table: "Prospects");

            migrationBuilder.DropColumn(
                name: "CityKey",
                table: "Prospects");
        }
    }
}
