using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OperationPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OperationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetJustification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TechniqueJustification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Calendar = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Script = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Pitch = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationPlans_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationPlanVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationPlanVersions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OperationPlanVersions_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OperationPlans_OperationId",
                table: "OperationPlans",
                column: "OperationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperationPlans_WorkspaceId_OperationId",
                table: "OperationPlans",
                columns: new[] { "WorkspaceId", "OperationId" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationPlanVersions_AuthorId",
                table: "OperationPlanVersions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPlanVersions_OperationId",
                table: "OperationPlanVersions",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationPlanVersions_WorkspaceId_OperationId_Kind_Number",
                table: "OperationPlanVersions",
                columns: new[] { "WorkspaceId", "OperationId", "Kind", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OperationPlans");

            migrationBuilder.DropTable(
                name: "OperationPlanVersions");
        }
    }
}
