using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClassRatioVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AppointmentBase",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MailingReturnBase",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PhoneConversionBase",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PitchBase",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReachabilityBase",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UsefulContactBase",
                table: "Classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AppointmentBase",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "MailingReturnBase",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "PhoneConversionBase",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "PitchBase",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "ReachabilityBase",
                table: "Classes");

            migrationBuilder.DropColumn(
                name: "UsefulContactBase",
                table: "Classes");
        }
    }
}
