using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClasseCRM.Web.Data.Migrations.PostgreSql
{
    /// <summary>
    /// The whole PostgreSQL schema at the first release (issue 20), plus the hand-written search structures of
    /// <see cref="Infrastructure.Data.PostgreSqlSearchSchema"/>.
    /// </summary>
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RemindersByMail = table.Column<bool>(type: "boolean", nullable: false),
                    CalendarToken = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scenarios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OwnerId = table.Column<string>(type: "text", nullable: true),
                    CopiedFromId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    LegalForm = table.Column<string>(type: "text", nullable: false),
                    Siren = table.Column<string>(type: "text", nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    VatOnDebits = table.Column<bool>(type: "boolean", nullable: false),
                    RcsCity = table.Column<string>(type: "text", nullable: false),
                    Street = table.Column<string>(type: "text", nullable: false),
                    PostalCode = table.Column<string>(type: "text", nullable: false),
                    City = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: false),
                    NafCode = table.Column<string>(type: "text", nullable: false),
                    Sector = table.Column<string>(type: "text", nullable: false),
                    Market = table.Column<int>(type: "integer", nullable: false),
                    Offer = table.Column<string>(type: "text", nullable: false),
                    MaxDiscountRate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    PaymentTerms = table.Column<string>(type: "text", nullable: false),
                    DeliveryLeadTimeDays = table.Column<int>(type: "integer", nullable: false),
                    SalesPitch = table.Column<string>(type: "text", nullable: false),
                    ProspectCount = table.Column<int>(type: "integer", nullable: false),
                    TargetNafCodes = table.Column<string>(type: "text", nullable: false),
                    TargetDepartments = table.Column<string>(type: "text", nullable: false),
                    HomeTownCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    HomeTown = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    RadiusKm = table.Column<int>(type: "integer", nullable: false, defaultValue: 40),
                    MaxKmPerDay = table.Column<int>(type: "integer", nullable: false, defaultValue: 150),
                    EnergyRenovation = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scenarios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Classes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    TeacherId = table.Column<string>(type: "text", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Referentiel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReachabilityBase = table.Column<int>(type: "integer", nullable: false),
                    UsefulContactBase = table.Column<int>(type: "integer", nullable: false),
                    PitchBase = table.Column<int>(type: "integer", nullable: false),
                    AppointmentBase = table.Column<int>(type: "integer", nullable: false),
                    PhoneConversionBase = table.Column<int>(type: "integer", nullable: false),
                    MailingReturnBase = table.Column<int>(type: "integer", nullable: false),
                    SynthesisDueAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    RubricJson = table.Column<string>(type: "text", nullable: true),
                    ContactDaysA = table.Column<int>(type: "integer", nullable: false, defaultValue: 30),
                    ContactDaysB = table.Column<int>(type: "integer", nullable: false, defaultValue: 60),
                    ContactDaysC = table.Column<int>(type: "integer", nullable: false, defaultValue: 90),
                    KilometreRate = table.Column<decimal>(type: "numeric", nullable: false),
                    PracticeWrongNumberPercent = table.Column<int>(type: "integer", nullable: false, defaultValue: 12),
                    PracticeNoAnswerPercent = table.Column<int>(type: "integer", nullable: false, defaultValue: 30),
                    PracticeGatekeeperPercent = table.Column<int>(type: "integer", nullable: false, defaultValue: 15),
                    PracticeAbsentPercent = table.Column<int>(type: "integer", nullable: false, defaultValue: 10),
                    PracticeReachedPercent = table.Column<int>(type: "integer", nullable: false, defaultValue: 33)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Classes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Classes_AspNetUsers_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScenarioObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScenarioId = table.Column<int>(type: "integer", nullable: false),
                    Objection = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Technique = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Answer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScenarioObjections_Scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "Scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScenarioProducts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScenarioId = table.Column<int>(type: "integer", nullable: false),
                    Reference = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Designation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PriceExclVat = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    PurchaseCostExclVat = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    MaxDiscountRate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    IsService = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScenarioProducts_Scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "Scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScenarioRolePlays",
                columns: table => new
                {
                    ScenarioId = table.Column<int>(type: "integer", nullable: false),
                    SwitchboardPercent = table.Column<int>(type: "integer", nullable: false),
                    AssistantPercent = table.Column<int>(type: "integer", nullable: false),
                    DecisionMakerPercent = table.Column<int>(type: "integer", nullable: false),
                    Reachability = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Motives = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HiddenNeeds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BuyingSignals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AcceptanceTriggers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Suppliers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BudgetMin = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    BudgetMax = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioRolePlays", x => x.ScenarioId);
                    table.ForeignKey(
                        name: "FK_ScenarioRolePlays_Scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "Scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrollments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    StudentId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrollments_AspNetUsers_StudentId",
                        column: x => x.StudentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Enrollments_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Workspaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    ScenarioId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workspaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workspaces_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Workspaces_Scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "Scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentCounters",
                columns: table => new
                {
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
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
                name: "Operations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Goal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ObjectiveContacts = table.Column<int>(type: "integer", nullable: false),
                    ObjectiveAppointments = table.Column<int>(type: "integer", nullable: false),
                    ObjectiveOrders = table.Column<int>(type: "integer", nullable: false),
                    ObjectiveRevenue = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    TargetCriteria = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    MailSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MailBody = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlayedCallsOnly = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operations_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: true),
                    SenderId = table.Column<string>(type: "text", nullable: true),
                    ProspectId = table.Column<int>(type: "integer", nullable: true),
                    OperationId = table.Column<int>(type: "integer", nullable: true),
                    InReplyToId = table.Column<int>(type: "integer", nullable: true),
                    FromAddress = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    FromName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ToAddress = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    BodyText = table.Column<string>(type: "text", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mime = table.Column<byte[]>(type: "bytea", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    DeliveredAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProspectImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    TableJson = table.Column<string>(type: "text", nullable: false),
                    MappingJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    TotalRows = table.Column<int>(type: "integer", nullable: false),
                    ProcessedRows = table.Column<int>(type: "integer", nullable: false),
                    CreatedCount = table.Column<int>(type: "integer", nullable: false),
                    RejectedCount = table.Column<int>(type: "integer", nullable: false),
                    RejectionsJson = table.Column<string>(type: "text", nullable: false, defaultValue: "[]"),
                    RunToken = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    QueuedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    HeartbeatAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProspectImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProspectImports_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Prospects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    NafCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Employees = table.Column<int>(type: "integer", nullable: true),
                    Street = table.Column<string>(type: "text", nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CurrentSupplier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Potential = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EmailConsent = table.Column<bool>(type: "boolean", nullable: false),
                    PhoneConsent = table.Column<bool>(type: "boolean", nullable: false),
                    EmailOpposition = table.Column<bool>(type: "boolean", nullable: false),
                    PhoneOpposition = table.Column<bool>(type: "boolean", nullable: false),
                    MailOpposition = table.Column<bool>(type: "boolean", nullable: false),
                    NextAction = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    NafSection = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SearchVersion = table.Column<int>(type: "integer", nullable: false),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmailKey = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    PhoneKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IsAnonymised = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    LastContactAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prospects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Prospects_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Syntheses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: true),
                    Referentiel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    OperationIds = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PreviousVersionId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Strengths = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Weaknesses = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    GapCauses = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Judgement = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CorrectiveActions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    GapCauseRowsJson = table.Column<string>(type: "text", nullable: true),
                    ActionRowsJson = table.Column<string>(type: "text", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    HandedInAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Syntheses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Syntheses_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Syntheses_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkspaceMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    StudentId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspaceMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkspaceMembers_AspNetUsers_StudentId",
                        column: x => x.StudentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkspaceMembers_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    IsVariable = table.Column<bool>(type: "boolean", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    UnitCost = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationCosts_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    TargetJustification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TechniqueJustification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Calendar = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Budget = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Script = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Pitch = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "CallLogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CalledAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CalledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FollowUpAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallLogs_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CallLogs_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallLogs_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    Civility = table.Column<int>(type: "integer", nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    EmailKey = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    PhoneKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoyaltyActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoyaltyActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoyaltyActions_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LoyaltyActions_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MailingSends",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    OutboxMessageId = table.Column<int>(type: "integer", nullable: true),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    ResultAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ResultNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailingSends", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailingSends_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MailingSends_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MailingSends_OutboxMessages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MailingSends_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OperationTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false),
                    ExclusionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OperationTargets_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OperationTargets_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    OperationId = table.Column<int>(type: "integer", nullable: true),
                    QuoteNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OrderNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    QuoteDate = table.Column<DateOnly>(type: "date", nullable: true),
                    QuoteValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OrderDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RemiseRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    RabaisRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    RistourneRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    EscompteRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "integer", nullable: false),
                    PaymentTermEndOfMonth = table.Column<bool>(type: "boolean", nullable: false),
                    OffPremises = table.Column<bool>(type: "boolean", nullable: false),
                    DeliveryAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ExpectedDeliveryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedInstallationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvoicedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ManagerApproval = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ApprovalRequestedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ApprovalRequest = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ApprovalRefusal = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ApprovalRefusedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovalRefusedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NetExclVat = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    VatTotal = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    TotalInclVat = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    CostTotal = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Margin = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PaidTotal = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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
                name: "ProspectNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProspectNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProspectNotes_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProspectNotes_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    PickUp = table.Column<int>(type: "integer", nullable: false),
                    Reachability = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReachableHour = table.Column<int>(type: "integer", nullable: false),
                    CurrentSupplier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HiddenNeed = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DominantMotive = table.Column<int>(type: "integer", nullable: false),
                    BuyingSignals = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AcceptsWhen = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Objections = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleCards_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RouteOrder = table.Column<int>(type: "integer", nullable: false),
                    LegKm = table.Column<double>(type: "double precision", nullable: true),
                    Objective = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Known = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SoncasHypotheses = table.Column<int>(type: "integer", nullable: false),
                    Arguments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Interlocutor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Needs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Motives = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Gap = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    GapCause = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Strengths = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Weaknesses = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextSteps = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Expenses = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    AuthorId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Visits_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Visits_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SynthesisAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    SynthesisId = table.Column<int>(type: "integer", nullable: false),
                    LevelsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RubricJson = table.Column<string>(type: "text", nullable: true),
                    Mark = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    ContextComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OrganisationComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResultsComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnalysisComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RetroactionComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FollowUpComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OverallComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AssessedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SynthesisAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SynthesisAssessments_Syntheses_SynthesisId",
                        column: x => x.SynthesisId,
                        principalTable: "Syntheses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PairSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    CallerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PartnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PartnerIsTeacher = table.Column<bool>(type: "boolean", nullable: false),
                    CallerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProspectName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OperationName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    PhasesDone = table.Column<int>(type: "integer", nullable: false),
                    Journal = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Reached = table.Column<int>(type: "integer", nullable: true),
                    RaisedObjections = table.Column<List<string>>(type: "text[]", nullable: false),
                    PartnerOutcome = table.Column<int>(type: "integer", nullable: true),
                    PartnerNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CallerOutcome = table.Column<int>(type: "integer", nullable: true),
                    CallLogId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    DebriefedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Debrief = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairSessions_CallLogs_CallLogId",
                        column: x => x.CallLogId,
                        principalTable: "CallLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PairSessions_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairSessions_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RolePlaySessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: false),
                    ProspectId = table.Column<int>(type: "integer", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    Reach = table.Column<int>(type: "integer", nullable: false),
                    PickUp = table.Column<int>(type: "integer", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Remaining = table.Column<int>(type: "integer", nullable: false),
                    Patience = table.Column<int>(type: "integer", nullable: false),
                    Lifted = table.Column<int>(type: "integer", nullable: false),
                    Transcript = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    End = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    CallLogId = table.Column<int>(type: "integer", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    AuthorId = table.Column<string>(type: "text", nullable: true),
                    Objections = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolePlaySessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_CallLogs_CallLogId",
                        column: x => x.CallLogId,
                        principalTable: "CallLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RolePlaySessions_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SaleOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreditedInvoiceId = table.Column<int>(type: "integer", nullable: true),
                    CreditedInvoiceNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SellerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SellerLegalForm = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SellerAddress = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SellerSiret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    SellerRcsCity = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SellerVatNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VatOnDebits = table.Column<bool>(type: "boolean", nullable: false),
                    ClientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ClientSiren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    BusinessClient = table.Column<bool>(type: "boolean", nullable: false),
                    DeliveryAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Nature = table.Column<int>(type: "integer", nullable: false),
                    PaymentTermDays = table.Column<int>(type: "integer", nullable: false),
                    PaymentTermEndOfMonth = table.Column<bool>(type: "boolean", nullable: false),
                    RemiseRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    RabaisRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    RistourneRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    EscompteRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    LinesTotal = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Remise = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Rabais = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Ristourne = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    NetCommercial = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Escompte = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    NetExclVat = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    VatTotal = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    TotalInclVat = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
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
                name: "OrderIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: true),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Designation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    UnitPriceExclVat = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    DiscountRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    UnitCostExclVat = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    CataloguePrice = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    MaxDiscountRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProspectId = table.Column<int>(type: "integer", nullable: true),
                    OperationId = table.Column<int>(type: "integer", nullable: true),
                    OrderId = table.Column<int>(type: "integer", nullable: true),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    FiredAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    JobId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reminders_Operations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "Operations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reminders_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reminders_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reminders_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    VisitId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Technique = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitObjections_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    InvoiceId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Designation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    UnitPriceExclVat = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    DiscountRate = table.Column<decimal>(type: "numeric(7,6)", precision: 7, scale: 6, nullable: false),
                    NetExclVat = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    IsService = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<int>(type: "integer", nullable: false),
                    InvoiceId = table.Column<int>(type: "integer", nullable: false),
                    Rate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    Base = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Vat = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_AuthorId",
                table: "CallLogs",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_OperationId",
                table: "CallLogs",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_ProspectId",
                table: "CallLogs",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_WorkspaceId_CalledOn_Outcome",
                table: "CallLogs",
                columns: new[] { "WorkspaceId", "CalledOn", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_WorkspaceId_OperationId_CalledAtUtc",
                table: "CallLogs",
                columns: new[] { "WorkspaceId", "OperationId", "CalledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CallLogs_WorkspaceId_ProspectId_CalledAtUtc",
                table: "CallLogs",
                columns: new[] { "WorkspaceId", "ProspectId", "CalledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Classes_TeacherId_IsArchived",
                table: "Classes",
                columns: new[] { "TeacherId", "IsArchived" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_ProspectId_Role_Id",
                table: "Contacts",
                columns: new[] { "ProspectId", "Role", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_WorkspaceId_EmailKey",
                table: "Contacts",
                columns: new[] { "WorkspaceId", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_WorkspaceId_PhoneKey",
                table: "Contacts",
                columns: new[] { "WorkspaceId", "PhoneKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_WorkspaceId_ProspectId",
                table: "Contacts",
                columns: new[] { "WorkspaceId", "ProspectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_ClassId_StudentId",
                table: "Enrollments",
                columns: new[] { "ClassId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_StudentId",
                table: "Enrollments",
                column: "StudentId");

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

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyActions_ProspectId",
                table: "LoyaltyActions",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyActions_WorkspaceId_DoneOn_PlannedOn",
                table: "LoyaltyActions",
                columns: new[] { "WorkspaceId", "DoneOn", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LoyaltyActions_WorkspaceId_ProspectId",
                table: "LoyaltyActions",
                columns: new[] { "WorkspaceId", "ProspectId" });

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_AuthorId",
                table: "MailingSends",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_OperationId_ProspectId",
                table: "MailingSends",
                columns: new[] { "OperationId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_OutboxMessageId",
                table: "MailingSends",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_ProspectId",
                table: "MailingSends",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_MailingSends_WorkspaceId_SentAtUtc",
                table: "MailingSends",
                columns: new[] { "WorkspaceId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationCosts_OperationId",
                table: "OperationCosts",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationCosts_WorkspaceId_OperationId",
                table: "OperationCosts",
                columns: new[] { "WorkspaceId", "OperationId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Operations_WorkspaceId_StartDate",
                table: "Operations",
                columns: new[] { "WorkspaceId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationTargets_OperationId_ProspectId",
                table: "OperationTargets",
                columns: new[] { "OperationId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OperationTargets_ProspectId",
                table: "OperationTargets",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationTargets_WorkspaceId_OperationId_Position",
                table: "OperationTargets",
                columns: new[] { "WorkspaceId", "OperationId", "Position" });

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
                name: "IX_Orders_AuthorId",
                table: "Orders",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_OperationId",
                table: "Orders",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ProspectId",
                table: "Orders",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_OrderDate",
                table: "Orders",
                columns: new[] { "WorkspaceId", "OrderDate" });

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

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_InReplyToId",
                table: "OutboxMessages",
                column: "InReplyToId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_WorkspaceId_CreatedAtUtc",
                table: "OutboxMessages",
                columns: new[] { "WorkspaceId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_CallLogId",
                table: "PairSessions",
                column: "CallLogId");

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_OperationId",
                table: "PairSessions",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_PartnerId_State",
                table: "PairSessions",
                columns: new[] { "PartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_ProspectId",
                table: "PairSessions",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_PairSessions_WorkspaceId_OperationId_ProspectId",
                table: "PairSessions",
                columns: new[] { "WorkspaceId", "OperationId", "ProspectId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProspectImports_Status",
                table: "ProspectImports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectImports_WorkspaceId",
                table: "ProspectImports",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_AuthorId",
                table: "ProspectNotes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_ProspectId",
                table: "ProspectNotes",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_WorkspaceId_CreatedAtUtc",
                table: "ProspectNotes",
                columns: new[] { "WorkspaceId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProspectNotes_WorkspaceId_ProspectId_CreatedAtUtc",
                table: "ProspectNotes",
                columns: new[] { "WorkspaceId", "ProspectId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_Id_WorkspaceId_NameKey",
                table: "Prospects",
                columns: new[] { "Id", "WorkspaceId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId",
                table: "Prospects",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_City",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "City" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Department",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_EmailKey",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_LastContactAtUtc",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "LastContactAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NafCode",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NafCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NafSection",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NafSection" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_Filters",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NameKey", "Id", "Status", "Potential", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_NameKey_PostalCode",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "NameKey", "PostalCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_PhoneKey",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "PhoneKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Potential",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Potential" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Siret",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Siret" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Status",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_WorkspaceId_Status_Potential_Department",
                table: "Prospects",
                columns: new[] { "WorkspaceId", "Status", "Potential", "Department" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_OperationId",
                table: "Reminders",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_OrderId",
                table: "Reminders",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_ProspectId",
                table: "Reminders",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_Status_FiredAtUtc_DueAtUtc",
                table: "Reminders",
                columns: new[] { "Status", "FiredAtUtc", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_WorkspaceId_SourceKey",
                table: "Reminders",
                columns: new[] { "WorkspaceId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_WorkspaceId_Status_DueAtUtc",
                table: "Reminders",
                columns: new[] { "WorkspaceId", "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleCards_ProspectId",
                table: "RoleCards",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleCards_WorkspaceId_ProspectId",
                table: "RoleCards",
                columns: new[] { "WorkspaceId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_AuthorId",
                table: "RolePlaySessions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_CallLogId",
                table: "RolePlaySessions",
                column: "CallLogId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_OperationId",
                table: "RolePlaySessions",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_ProspectId",
                table: "RolePlaySessions",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlaySessions_WorkspaceId_OperationId_ProspectId",
                table: "RolePlaySessions",
                columns: new[] { "WorkspaceId", "OperationId", "ProspectId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScenarioObjections_ScenarioId",
                table: "ScenarioObjections",
                column: "ScenarioId");

            migrationBuilder.CreateIndex(
                name: "IX_ScenarioProducts_ScenarioId",
                table: "ScenarioProducts",
                column: "ScenarioId");

            migrationBuilder.CreateIndex(
                name: "IX_Scenarios_OwnerId",
                table: "Scenarios",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Scenarios_SourceKey",
                table: "Scenarios",
                column: "SourceKey");

            migrationBuilder.CreateIndex(
                name: "IX_Syntheses_AuthorId",
                table: "Syntheses",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Syntheses_WorkspaceId_Status",
                table: "Syntheses",
                columns: new[] { "WorkspaceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SynthesisAssessments_SynthesisId",
                table: "SynthesisAssessments",
                column: "SynthesisId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitObjections_VisitId",
                table: "VisitObjections",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_AuthorId",
                table: "Visits",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_OperationId_ProspectId",
                table: "Visits",
                columns: new[] { "OperationId", "ProspectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_ProspectId",
                table: "Visits",
                column: "ProspectId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_WorkspaceId_PlannedOn",
                table: "Visits",
                columns: new[] { "WorkspaceId", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkspaceMembers_StudentId",
                table: "WorkspaceMembers",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkspaceMembers_WorkspaceId_StudentId",
                table: "WorkspaceMembers",
                columns: new[] { "WorkspaceId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workspaces_ClassId_ScenarioId",
                table: "Workspaces",
                columns: new[] { "ClassId", "ScenarioId" });

            migrationBuilder.CreateIndex(
                name: "IX_Workspaces_ScenarioId",
                table: "Workspaces",
                column: "ScenarioId");

            // Hand-written: the search's tsvector index and vocabulary, with its trigger (keep this call when regenerating).
            Infrastructure.Data.PostgreSqlSearchSchema.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Infrastructure.Data.PostgreSqlSearchSchema.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "DocumentCounters");

            migrationBuilder.DropTable(
                name: "Enrollments");

            migrationBuilder.DropTable(
                name: "InvoiceLines");

            migrationBuilder.DropTable(
                name: "InvoiceVatLines");

            migrationBuilder.DropTable(
                name: "LoyaltyActions");

            migrationBuilder.DropTable(
                name: "MailingSends");

            migrationBuilder.DropTable(
                name: "OperationCosts");

            migrationBuilder.DropTable(
                name: "OperationPlans");

            migrationBuilder.DropTable(
                name: "OperationPlanVersions");

            migrationBuilder.DropTable(
                name: "OperationTargets");

            migrationBuilder.DropTable(
                name: "OrderIssues");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "OrderPayments");

            migrationBuilder.DropTable(
                name: "PairSessions");

            migrationBuilder.DropTable(
                name: "ProspectImports");

            migrationBuilder.DropTable(
                name: "ProspectNotes");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "RoleCards");

            migrationBuilder.DropTable(
                name: "RolePlaySessions");

            migrationBuilder.DropTable(
                name: "ScenarioObjections");

            migrationBuilder.DropTable(
                name: "ScenarioProducts");

            migrationBuilder.DropTable(
                name: "ScenarioRolePlays");

            migrationBuilder.DropTable(
                name: "SynthesisAssessments");

            migrationBuilder.DropTable(
                name: "VisitObjections");

            migrationBuilder.DropTable(
                name: "WorkspaceMembers");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "CallLogs");

            migrationBuilder.DropTable(
                name: "Syntheses");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "Operations");

            migrationBuilder.DropTable(
                name: "Prospects");

            migrationBuilder.DropTable(
                name: "Workspaces");

            migrationBuilder.DropTable(
                name: "Classes");

            migrationBuilder.DropTable(
                name: "Scenarios");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
