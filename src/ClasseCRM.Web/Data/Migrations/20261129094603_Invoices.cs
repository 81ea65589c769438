using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Invoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Siret",
                table: "Scenarios",
                type: "TEXT",
                maxLength: 14,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "VatOnDebits",
                table: "Scenarios",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsService",
                table: "ScenarioProducts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress",
                table: "Orders",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SaleOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreditedInvoiceId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreditedInvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SellerLegalForm = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SellerAddress = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SellerSiret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    SellerRcsCity = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SellerVatNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VatOnDebits = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ClientSiren = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    BusinessClient = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeliveryAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Nature = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentTermDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentTermEndOfMonth = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemiseRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    RabaisRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    RistourneRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    EscompteRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    LinesTotal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Remise = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Rabais = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Ristourne = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    NetCommercial = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Escompte = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    NetExclVat = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    VatTotal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    TotalInclVat = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoices_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Invoices_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Designation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    UnitPriceExclVat = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    DiscountRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    NetExclVat = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    VatRate = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: false),
                    IsService = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceLines_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceVatLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: false),
                    Base = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Vat = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceVatLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceVatLines_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_InvoiceId",
                table: "InvoiceLines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_OrderId_Kind",
                table: "Invoices",
                columns: new[] { "OrderId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_WorkspaceId_Kind_IssuedOn",
                table: "Invoices",
                columns: new[] { "WorkspaceId", "Kind", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_WorkspaceId_Number",
                table: "Invoices",
                columns: new[] { "WorkspaceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceVatLines_InvoiceId",
                table: "InvoiceVatLines",
                column: "InvoiceId");

            // The shipped scenarios already in a database (and the teachers' copies of them) get the SIRET, the VAT
            // option and the services that seeds/scenarios now carry.
            migrationBuilder.Sql("UPDATE \"Scenarios\" SET \"Siret\" = '81234567600017', \"VatOnDebits\" = TRUE WHERE \"Siren\" = '812345676' AND \"Siret\" = '';");
            migrationBuilder.Sql("UPDATE \"Scenarios\" SET \"Siret\" = '90412375900014' WHERE \"Siren\" = '904123759' AND \"Siret\" = '';");
            migrationBuilder.Sql("UPDATE \"Scenarios\" SET \"Siret\" = '52398761800015' WHERE \"Siren\" = '523987618' AND \"Siret\" = '';");
            migrationBuilder.Sql("UPDATE \"ScenarioProducts\" SET \"IsService\" = TRUE WHERE \"Reference\" IN ('MNT-STD', 'FEN-PVC-2V', 'FEN-ALU-2V', 'POR-ENT', 'ISO-COM', 'VOL-ROU');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceLines");

            migrationBuilder.DropTable(
                name: "InvoiceVatLines");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropColumn(
                name: "Siret",
                table: "Scenarios");

            migrationBuilder.DropColumn(
                name: "VatOnDebits",
                table: "Scenarios");

            migrationBuilder.DropColumn(
                name: "IsService",
                table: "ScenarioProducts");

            migrationBuilder.DropColumn(
                name: "DeliveryAddress",
                table: "Orders");
        }
    }
}
