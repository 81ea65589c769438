using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContactMainIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_ProspectId",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_ProspectId_Role_Id",
                table: "Contacts",
                columns: new[] { "ProspectId", "Role", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_ProspectId_Role_Id",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_ProspectId",
                table: "Contacts",
                column: "ProspectId");
        }
    }
}
