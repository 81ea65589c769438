using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchWorkspaceToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every search text starts with its workspace token ("zzw42"), so a full-text search can stay in one workspace
            // inside the index; the update trigger refreshes the index row by row.
            migrationBuilder.Sql("UPDATE \"Prospects\" SET \"SearchText\" = 'zzw' || \"WorkspaceId\" || ' ' || \"SearchText\" WHERE \"SearchText\" NOT LIKE 'zzw%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"Prospects\" SET \"SearchText\" = substr(\"SearchText\", instr(\"SearchText\", ' ') + 1) WHERE \"SearchText\" LIKE 'zzw%';");
        }
    }
}
