using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Orders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocumentCounters",
                columns: table => new
                {
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCounters", x => new { x.WorkspaceId, x.Kind, x.Year });
                    table.ForeignKey(
                        name: "FK_DocumentCounters_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: true),
                    QuoteNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QuoteDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    QuoteValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemiseRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    RabaisRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    RistourneRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    EscompteRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentTermEndOfMonth = table.Column<bool>(type: "INTEGER", nullable: false),
                    OffPremises = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpectedDeliveryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpectedInstallationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InstalledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvoicedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ManagerApproval = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NetExclVat = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    VatTotal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    TotalInclVat = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    CostTotal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Margin = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    PaidTotal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Orders_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Orders_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderIssues_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Designation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    UnitPriceExclVat = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    DiscountRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    VatRate = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: false),
                    UnitCostExclVat = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    CataloguePrice = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    MaxDiscountRate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 6, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderPayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkspaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderPayments_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrderIssues_OrderId",
                table: "OrderIssues",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId",
                table: "OrderLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderPayments_OrderId",
                table: "OrderPayments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_OperationId",
                table: "Orders",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ProspectId",
                table: "Orders",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_OrderNumber",
                table: "Orders",
                columns: new[] { "WorkspaceId", "OrderNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_ProspectId",
                table: "Orders",
                columns: new[] { "WorkspaceId", "ProspectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_QuoteNumber",
                table: "Orders",
                columns: new[] { "WorkspaceId", "QuoteNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_Status",
                table: "Orders",
                columns: new[] { "WorkspaceId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentCounters");

            migrationBuilder.DropTable(
                name: "OrderIssues");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "OrderPayments");

            migrationBuilder.DropTable(
                name: "Orders");
        }
    }
}
