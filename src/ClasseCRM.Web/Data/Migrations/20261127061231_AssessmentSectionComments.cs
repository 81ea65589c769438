using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentSectionComments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContextComment",
                table: "SynthesisAssessments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationComment",
                table: "SynthesisAssessments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetroactionComment",
                table: "SynthesisAssessments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContextComment",
                table: "SynthesisAssessments");

            migrationBuilder.DropColumn(
                name: "OrganisationComment",
                table: "SynthesisAssessments");

            migrationBuilder.DropColumn(
                name: "RetroactionComment",
                table: "SynthesisAssessments");
        }
    }
}
