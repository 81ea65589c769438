CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "MustChangePassword" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "Scenarios" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Scenarios" PRIMARY KEY AUTOINCREMENT,
    "SourceKey" TEXT NULL,
    "OwnerId" TEXT NULL,
    "CopiedFromId" INTEGER NULL,
    "Title" TEXT NOT NULL,
    "CompanyName" TEXT NOT NULL,
    "LegalForm" TEXT NOT NULL,
    "Siren" TEXT NOT NULL,
    "RcsCity" TEXT NOT NULL,
    "Street" TEXT NOT NULL,
    "PostalCode" TEXT NOT NULL,
    "City" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "NafCode" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    "Market" INTEGER NOT NULL,
    "Offer" TEXT NOT NULL,
    "MaxDiscountRate" TEXT NOT NULL,
    "PaymentTerms" TEXT NOT NULL,
    "DeliveryLeadTimeDays" INTEGER NOT NULL,
    "SalesPitch" TEXT NOT NULL,
    "ProspectCount" INTEGER NOT NULL,
    "TargetNafCodes" TEXT NOT NULL,
    "TargetDepartments" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Classes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Classes" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "SchoolYear" TEXT NOT NULL,
    "TeacherId" TEXT NOT NULL,
    "IsArchived" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Classes_AspNetUsers_TeacherId" FOREIGN KEY ("TeacherId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ScenarioObjections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScenarioObjections" PRIMARY KEY AUTOINCREMENT,
    "ScenarioId" INTEGER NOT NULL,
    "Objection" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Technique" TEXT NOT NULL,
    "Answer" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_ScenarioObjections_Scenarios_ScenarioId" FOREIGN KEY ("ScenarioId") REFERENCES "Scenarios" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ScenarioProducts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScenarioProducts" PRIMARY KEY AUTOINCREMENT,
    "ScenarioId" INTEGER NOT NULL,
    "Reference" TEXT NOT NULL,
    "Designation" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "PriceExclVat" TEXT NOT NULL,
    "PurchaseCostExclVat" TEXT NOT NULL,
    "VatRate" TEXT NOT NULL,
    "MaxDiscountRate" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_ScenarioProducts_Scenarios_ScenarioId" FOREIGN KEY ("ScenarioId") REFERENCES "Scenarios" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Enrollments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Enrollments" PRIMARY KEY AUTOINCREMENT,
    "ClassId" INTEGER NOT NULL,
    "StudentId" TEXT NOT NULL,
    CONSTRAINT "FK_Enrollments_AspNetUsers_StudentId" FOREIGN KEY ("StudentId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Enrollments_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Workspaces" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Workspaces" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ClassId" INTEGER NOT NULL,
    "ScenarioId" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Workspaces_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Workspaces_Scenarios_ScenarioId" FOREIGN KEY ("ScenarioId") REFERENCES "Scenarios" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NULL,
    "SenderId" TEXT NULL,
    "FromAddress" TEXT NOT NULL,
    "ToAddress" TEXT NOT NULL,
    "ToName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "BodyText" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "Mime" BLOB NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "NextAttemptAtUtc" TEXT NULL,
    "DeliveredAtUtc" TEXT NULL,
    "LockedUntilUtc" TEXT NULL,
    CONSTRAINT "FK_OutboxMessages_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Prospects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Prospects" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Siret" TEXT NULL,
    "NafCode" TEXT NULL,
    "Employees" INTEGER NULL,
    "Street" TEXT NOT NULL,
    "PostalCode" TEXT NOT NULL,
    "City" TEXT NOT NULL,
    "Department" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "Website" TEXT NULL,
    "CurrentSupplier" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "Potential" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "EmailConsent" INTEGER NOT NULL,
    "PhoneConsent" INTEGER NOT NULL,
    "EmailOpposition" INTEGER NOT NULL,
    "PhoneOpposition" INTEGER NOT NULL,
    "MailOpposition" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "LastContactAtUtc" TEXT NULL,
    CONSTRAINT "FK_Prospects_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WorkspaceMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkspaceMembers" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "StudentId" TEXT NOT NULL,
    CONSTRAINT "FK_WorkspaceMembers_AspNetUsers_StudentId" FOREIGN KEY ("StudentId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WorkspaceMembers_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Contacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "Civility" INTEGER NOT NULL,
    "LastName" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "JobTitle" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    CONSTRAINT "FK_Contacts_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_Classes_TeacherId_IsArchived" ON "Classes" ("TeacherId", "IsArchived");

CREATE INDEX "IX_Contacts_ProspectId" ON "Contacts" ("ProspectId");

CREATE INDEX "IX_Contacts_WorkspaceId_ProspectId" ON "Contacts" ("WorkspaceId", "ProspectId");

CREATE UNIQUE INDEX "IX_Enrollments_ClassId_StudentId" ON "Enrollments" ("ClassId", "StudentId");

CREATE INDEX "IX_Enrollments_StudentId" ON "Enrollments" ("StudentId");

CREATE UNIQUE INDEX "IX_OutboxMessages_MessageId" ON "OutboxMessages" ("MessageId");

CREATE INDEX "IX_OutboxMessages_Status_NextAttemptAtUtc" ON "OutboxMessages" ("Status", "NextAttemptAtUtc");

CREATE INDEX "IX_OutboxMessages_WorkspaceId_CreatedAtUtc" ON "OutboxMessages" ("WorkspaceId", "CreatedAtUtc");

CREATE INDEX "IX_Prospects_WorkspaceId_Name" ON "Prospects" ("WorkspaceId", "Name");

CREATE INDEX "IX_Prospects_WorkspaceId_Status" ON "Prospects" ("WorkspaceId", "Status");

CREATE INDEX "IX_ScenarioObjections_ScenarioId" ON "ScenarioObjections" ("ScenarioId");

CREATE INDEX "IX_ScenarioProducts_ScenarioId" ON "ScenarioProducts" ("ScenarioId");

CREATE INDEX "IX_Scenarios_OwnerId" ON "Scenarios" ("OwnerId");

CREATE INDEX "IX_Scenarios_SourceKey" ON "Scenarios" ("SourceKey");

CREATE INDEX "IX_WorkspaceMembers_StudentId" ON "WorkspaceMembers" ("StudentId");

CREATE UNIQUE INDEX "IX_WorkspaceMembers_WorkspaceId_StudentId" ON "WorkspaceMembers" ("WorkspaceId", "StudentId");

CREATE INDEX "IX_Workspaces_ClassId_ScenarioId" ON "Workspaces" ("ClassId", "ScenarioId");

CREATE INDEX "IX_Workspaces_ScenarioId" ON "Workspaces" ("ScenarioId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127015255_InitialPlatform', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Prospects" ADD "EmailKey" TEXT NULL;

ALTER TABLE "Prospects" ADD "IsAnonymised" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Prospects" ADD "NafSection" TEXT NULL;

ALTER TABLE "Prospects" ADD "NameKey" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Prospects" ADD "NextAction" TEXT NULL;

ALTER TABLE "Prospects" ADD "PhoneKey" TEXT NULL;

ALTER TABLE "Prospects" ADD "SearchText" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Contacts" ADD "EmailKey" TEXT NULL;

ALTER TABLE "Contacts" ADD "PhoneKey" TEXT NULL;

CREATE TABLE "ProspectImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProspectImports" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "MappingJson" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_ProspectImports_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProspectNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProspectNotes" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_ProspectNotes_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Prospects_WorkspaceId_City" ON "Prospects" ("WorkspaceId", "City");

CREATE INDEX "IX_Prospects_WorkspaceId_EmailKey" ON "Prospects" ("WorkspaceId", "EmailKey");

CREATE INDEX "IX_Prospects_WorkspaceId_LastContactAtUtc" ON "Prospects" ("WorkspaceId", "LastContactAtUtc");

CREATE INDEX "IX_Prospects_WorkspaceId_NameKey_PostalCode" ON "Prospects" ("WorkspaceId", "NameKey", "PostalCode");

CREATE INDEX "IX_Prospects_WorkspaceId_PhoneKey" ON "Prospects" ("WorkspaceId", "PhoneKey");

CREATE INDEX "IX_Prospects_WorkspaceId_Siret" ON "Prospects" ("WorkspaceId", "Siret");

CREATE INDEX "IX_Contacts_WorkspaceId_EmailKey" ON "Contacts" ("WorkspaceId", "EmailKey");

CREATE INDEX "IX_Contacts_WorkspaceId_PhoneKey" ON "Contacts" ("WorkspaceId", "PhoneKey");

CREATE INDEX "IX_ProspectImports_WorkspaceId" ON "ProspectImports" ("WorkspaceId");

CREATE INDEX "IX_ProspectNotes_ProspectId" ON "ProspectNotes" ("ProspectId");

CREATE INDEX "IX_ProspectNotes_WorkspaceId_ProspectId_CreatedAtUtc" ON "ProspectNotes" ("WorkspaceId", "ProspectId", "CreatedAtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127021635_ProspectFile', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE VIRTUAL TABLE "ProspectSearch" USING fts5("SearchText", content='Prospects', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER "Prospects_SearchInsert" AFTER INSERT ON "Prospects" BEGIN INSERT INTO "ProspectSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText"); END;

CREATE TRIGGER "Prospects_SearchDelete" AFTER DELETE ON "Prospects" BEGIN INSERT INTO "ProspectSearch"("ProspectSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText"); END;

CREATE TRIGGER "Prospects_SearchUpdate" AFTER UPDATE OF "SearchText" ON "Prospects" BEGIN INSERT INTO "ProspectSearch"("ProspectSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText"); INSERT INTO "ProspectSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText"); END;

INSERT INTO "ProspectSearch"("ProspectSearch") VALUES ('rebuild');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127022924_ProspectSearchIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Prospects_WorkspaceId_Status";

CREATE INDEX "IX_Prospects_WorkspaceId_Department" ON "Prospects" ("WorkspaceId", "Department");

CREATE INDEX "IX_Prospects_WorkspaceId_NafSection" ON "Prospects" ("WorkspaceId", "NafSection");

CREATE INDEX "IX_Prospects_WorkspaceId_Status_Potential_Department" ON "Prospects" ("WorkspaceId", "Status", "Potential", "Department");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127023106_ProspectFilterIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_Prospects_Id_WorkspaceId_Name" ON "Prospects" ("Id", "WorkspaceId", "Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127025804_ProspectSearchSortIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Operations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Operations" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Channel" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "Goal" TEXT NOT NULL,
    "ObjectiveContacts" INTEGER NOT NULL,
    "ObjectiveAppointments" INTEGER NOT NULL,
    "ObjectiveOrders" INTEGER NOT NULL,
    "ObjectiveRevenue" TEXT NOT NULL,
    "TargetCriteria" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Operations_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CallLogs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CallLogs" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "ContactId" INTEGER NULL,
    "Outcome" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "CalledAtUtc" TEXT NOT NULL,
    "FollowUpAtUtc" TEXT NULL,
    CONSTRAINT "FK_CallLogs_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CallLogs_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OperationTargets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OperationTargets" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "Excluded" INTEGER NOT NULL,
    "ExclusionReason" TEXT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_OperationTargets_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OperationTargets_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CallLogs_OperationId" ON "CallLogs" ("OperationId");

CREATE INDEX "IX_CallLogs_ProspectId" ON "CallLogs" ("ProspectId");

CREATE INDEX "IX_CallLogs_WorkspaceId_OperationId_CalledAtUtc" ON "CallLogs" ("WorkspaceId", "OperationId", "CalledAtUtc");

CREATE INDEX "IX_CallLogs_WorkspaceId_ProspectId_CalledAtUtc" ON "CallLogs" ("WorkspaceId", "ProspectId", "CalledAtUtc");

CREATE INDEX "IX_Operations_WorkspaceId_StartDate" ON "Operations" ("WorkspaceId", "StartDate");

CREATE UNIQUE INDEX "IX_OperationTargets_OperationId_ProspectId" ON "OperationTargets" ("OperationId", "ProspectId");

CREATE INDEX "IX_OperationTargets_ProspectId" ON "OperationTargets" ("ProspectId");

CREATE INDEX "IX_OperationTargets_WorkspaceId_OperationId_Position" ON "OperationTargets" ("WorkspaceId", "OperationId", "Position");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127031320_Operations', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Classes" ADD "AppointmentBase" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Classes" ADD "MailingReturnBase" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Classes" ADD "PhoneConversionBase" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Classes" ADD "PitchBase" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Classes" ADD "ReachabilityBase" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Classes" ADD "UsefulContactBase" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127031856_ClassRatioVariants', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "OperationCosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OperationCosts" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "IsVariable" INTEGER NOT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitCost" TEXT NOT NULL,
    CONSTRAINT "FK_OperationCosts_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_OperationCosts_OperationId" ON "OperationCosts" ("OperationId");

CREATE INDEX "IX_OperationCosts_WorkspaceId_OperationId" ON "OperationCosts" ("WorkspaceId", "OperationId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127032150_OperationCosts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "OutboxMessages" ADD "FromName" TEXT NULL;

ALTER TABLE "OutboxMessages" ADD "InReplyToId" INTEGER NULL;

ALTER TABLE "OutboxMessages" ADD "OperationId" INTEGER NULL;

ALTER TABLE "OutboxMessages" ADD "ProspectId" INTEGER NULL;

ALTER TABLE "Operations" ADD "MailBody" TEXT NULL;

ALTER TABLE "Operations" ADD "MailSubject" TEXT NULL;

CREATE TABLE "MailingSends" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MailingSends" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "ContactId" INTEGER NULL,
    "Channel" INTEGER NOT NULL,
    "Address" TEXT NOT NULL,
    "SentAtUtc" TEXT NOT NULL,
    "OutboxMessageId" INTEGER NULL,
    "Result" INTEGER NOT NULL,
    "ResultAtUtc" TEXT NULL,
    "ResultNote" TEXT NULL,
    CONSTRAINT "FK_MailingSends_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MailingSends_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MailingSends_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_OutboxMessages_InReplyToId" ON "OutboxMessages" ("InReplyToId");

CREATE UNIQUE INDEX "IX_MailingSends_OperationId_ProspectId" ON "MailingSends" ("OperationId", "ProspectId");

CREATE INDEX "IX_MailingSends_OutboxMessageId" ON "MailingSends" ("OutboxMessageId");

CREATE INDEX "IX_MailingSends_ProspectId" ON "MailingSends" ("ProspectId");

CREATE INDEX "IX_MailingSends_WorkspaceId_SentAtUtc" ON "MailingSends" ("WorkspaceId", "SentAtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127035319_Mailings', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Visits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Visits" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "PlannedOn" TEXT NULL,
    "RouteOrder" INTEGER NOT NULL,
    "LegKm" REAL NULL,
    "Objective" TEXT NULL,
    "Known" TEXT NULL,
    "SoncasHypotheses" INTEGER NOT NULL,
    "Arguments" TEXT NULL,
    "VisitedOn" TEXT NULL,
    "Interlocutor" TEXT NULL,
    "Needs" TEXT NULL,
    "Motives" INTEGER NOT NULL,
    "Result" INTEGER NULL,
    "Amount" TEXT NULL,
    "Gap" TEXT NULL,
    "GapCause" TEXT NULL,
    "Strengths" TEXT NULL,
    "Weaknesses" TEXT NULL,
    "NextSteps" TEXT NULL,
    "NextStepOn" TEXT NULL,
    "Expenses" TEXT NOT NULL,
    "ReportedAtUtc" TEXT NULL,
    CONSTRAINT "FK_Visits_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Visits_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE TABLE "VisitObjections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisitObjections" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "VisitId" INTEGER NOT NULL,
    "Type" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Technique" INTEGER NOT NULL,
    "Answer" TEXT NOT NULL,
    CONSTRAINT "FK_VisitObjections_Visits_VisitId" FOREIGN KEY ("VisitId") REFERENCES "Visits" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_VisitObjections_VisitId" ON "VisitObjections" ("VisitId");

CREATE UNIQUE INDEX "IX_Visits_OperationId_ProspectId" ON "Visits" ("OperationId", "ProspectId");

CREATE INDEX "IX_Visits_ProspectId" ON "Visits" ("ProspectId");

CREATE INDEX "IX_Visits_WorkspaceId_PlannedOn" ON "Visits" ("WorkspaceId", "PlannedOn");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127040213_Visits', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DocumentCounters" (
    "WorkspaceId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Last" INTEGER NOT NULL,
    CONSTRAINT "PK_DocumentCounters" PRIMARY KEY ("WorkspaceId", "Kind", "Year"),
    CONSTRAINT "FK_DocumentCounters_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Orders" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "ContactId" INTEGER NULL,
    "OperationId" INTEGER NULL,
    "QuoteNumber" TEXT NULL,
    "OrderNumber" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "QuoteDate" TEXT NULL,
    "QuoteValidUntil" TEXT NULL,
    "AcceptedOn" TEXT NULL,
    "OrderDate" TEXT NULL,
    "RemiseRate" TEXT NOT NULL,
    "RabaisRate" TEXT NOT NULL,
    "RistourneRate" TEXT NOT NULL,
    "EscompteRate" TEXT NOT NULL,
    "PaymentTermDays" INTEGER NOT NULL,
    "PaymentTermEndOfMonth" INTEGER NOT NULL,
    "OffPremises" INTEGER NOT NULL,
    "ExpectedDeliveryOn" TEXT NULL,
    "DeliveredOn" TEXT NULL,
    "ExpectedInstallationOn" TEXT NULL,
    "InstalledOn" TEXT NULL,
    "InvoicedOn" TEXT NULL,
    "PaymentDueOn" TEXT NULL,
    "PaidOn" TEXT NULL,
    "CancelledOn" TEXT NULL,
    "CancelReason" TEXT NULL,
    "ManagerApproval" TEXT NULL,
    "Notes" TEXT NULL,
    "NetExclVat" TEXT NOT NULL,
    "VatTotal" TEXT NOT NULL,
    "TotalInclVat" TEXT NOT NULL,
    "CostTotal" TEXT NOT NULL,
    "Margin" TEXT NOT NULL,
    "PaidTotal" TEXT NOT NULL,
    CONSTRAINT "FK_Orders_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Orders_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Orders_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrderIssues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderIssues" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OrderId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "OpenedOn" TEXT NOT NULL,
    "Resolution" TEXT NULL,
    "ResolvedOn" TEXT NULL,
    CONSTRAINT "FK_OrderIssues_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrderLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderLines" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OrderId" INTEGER NOT NULL,
    "ProductId" INTEGER NULL,
    "Reference" TEXT NOT NULL,
    "Designation" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitPriceExclVat" TEXT NOT NULL,
    "DiscountRate" TEXT NOT NULL,
    "VatRate" TEXT NOT NULL,
    "UnitCostExclVat" TEXT NOT NULL,
    "CataloguePrice" TEXT NOT NULL,
    "MaxDiscountRate" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_OrderLines_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrderPayments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderPayments" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OrderId" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    CONSTRAINT "FK_OrderPayments_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_OrderIssues_OrderId" ON "OrderIssues" ("OrderId");

CREATE INDEX "IX_OrderLines_OrderId" ON "OrderLines" ("OrderId");

CREATE INDEX "IX_OrderPayments_OrderId" ON "OrderPayments" ("OrderId");

CREATE INDEX "IX_Orders_OperationId" ON "Orders" ("OperationId");

CREATE INDEX "IX_Orders_ProspectId" ON "Orders" ("ProspectId");

CREATE UNIQUE INDEX "IX_Orders_WorkspaceId_OrderNumber" ON "Orders" ("WorkspaceId", "OrderNumber");

CREATE INDEX "IX_Orders_WorkspaceId_ProspectId" ON "Orders" ("WorkspaceId", "ProspectId");

CREATE UNIQUE INDEX "IX_Orders_WorkspaceId_QuoteNumber" ON "Orders" ("WorkspaceId", "QuoteNumber");

CREATE INDEX "IX_Orders_WorkspaceId_Status" ON "Orders" ("WorkspaceId", "Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127042013_Orders', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Classes" ADD "ContactDaysA" INTEGER NOT NULL DEFAULT 30;

ALTER TABLE "Classes" ADD "ContactDaysB" INTEGER NOT NULL DEFAULT 60;

ALTER TABLE "Classes" ADD "ContactDaysC" INTEGER NOT NULL DEFAULT 90;

CREATE TABLE "LoyaltyActions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LoyaltyActions" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "PlannedOn" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "DoneOn" TEXT NULL,
    "Result" TEXT NULL,
    "Satisfaction" INTEGER NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_LoyaltyActions_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_LoyaltyActions_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_LoyaltyActions_ProspectId" ON "LoyaltyActions" ("ProspectId");

CREATE INDEX "IX_LoyaltyActions_WorkspaceId_DoneOn_PlannedOn" ON "LoyaltyActions" ("WorkspaceId", "DoneOn", "PlannedOn");

CREATE INDEX "IX_LoyaltyActions_WorkspaceId_ProspectId" ON "LoyaltyActions" ("WorkspaceId", "ProspectId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127042713_Loyalty', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AspNetUsers" ADD "CalendarToken" TEXT NULL;

ALTER TABLE "AspNetUsers" ADD "RemindersByMail" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "Reminders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reminders" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "SourceKey" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Details" TEXT NULL,
    "ProspectId" INTEGER NULL,
    "OperationId" INTEGER NULL,
    "OrderId" INTEGER NULL,
    "DueAtUtc" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "FiredAtUtc" TEXT NULL,
    "ClosedAtUtc" TEXT NULL,
    "JobId" TEXT NULL,
    CONSTRAINT "FK_Reminders_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Reminders_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Reminders_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Reminders_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Reminders_OperationId" ON "Reminders" ("OperationId");

CREATE INDEX "IX_Reminders_OrderId" ON "Reminders" ("OrderId");

CREATE INDEX "IX_Reminders_ProspectId" ON "Reminders" ("ProspectId");

CREATE INDEX "IX_Reminders_Status_FiredAtUtc_DueAtUtc" ON "Reminders" ("Status", "FiredAtUtc", "DueAtUtc");

CREATE UNIQUE INDEX "IX_Reminders_WorkspaceId_SourceKey" ON "Reminders" ("WorkspaceId", "SourceKey");

CREATE INDEX "IX_Reminders_WorkspaceId_Status_DueAtUtc" ON "Reminders" ("WorkspaceId", "Status", "DueAtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127045135_Reminders', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Classes" ADD "SynthesisDueAtUtc" TEXT NULL;

CREATE TABLE "Syntheses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Syntheses" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "PeriodFrom" TEXT NOT NULL,
    "PeriodTo" TEXT NOT NULL,
    "OperationIds" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "PreviousVersionId" INTEGER NULL,
    "Status" INTEGER NOT NULL,
    "Strengths" TEXT NULL,
    "Weaknesses" TEXT NULL,
    "GapCauses" TEXT NULL,
    "Judgement" TEXT NULL,
    "CorrectiveActions" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "HandedInAtUtc" TEXT NULL,
    "DueAtUtc" TEXT NULL,
    "SnapshotJson" TEXT NULL,
    CONSTRAINT "FK_Syntheses_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Syntheses_WorkspaceId_Status" ON "Syntheses" ("WorkspaceId", "Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127054130_Syntheses', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SynthesisAssessments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SynthesisAssessments" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "SynthesisId" INTEGER NOT NULL,
    "LevelsJson" TEXT NOT NULL,
    "Mark" TEXT NULL,
    "ResultsComment" TEXT NULL,
    "AnalysisComment" TEXT NULL,
    "OverallComment" TEXT NULL,
    "AssessorName" TEXT NOT NULL,
    "AssessedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_SynthesisAssessments_Syntheses_SynthesisId" FOREIGN KEY ("SynthesisId") REFERENCES "Syntheses" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_SynthesisAssessments_SynthesisId" ON "SynthesisAssessments" ("SynthesisId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127054859_SynthesisAssessments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "SynthesisAssessments" ADD "ContextComment" TEXT NULL;

ALTER TABLE "SynthesisAssessments" ADD "OrganisationComment" TEXT NULL;

ALTER TABLE "SynthesisAssessments" ADD "RetroactionComment" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127061231_AssessmentSectionComments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "SynthesisAssessments" ADD "RubricJson" TEXT NULL;

ALTER TABLE "Classes" ADD "RubricJson" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127064947_ClassRubrics', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "CallLogs" ADD "CalledOn" TEXT NOT NULL DEFAULT '0001-01-01';

UPDATE "CallLogs" SET "CalledOn" = date("CalledAtUtc",
    CASE WHEN CAST(strftime('%m', "CalledAtUtc") AS INTEGER) BETWEEN 4 AND 10 THEN '+2 hours' ELSE '+1 hours' END);

CREATE INDEX "IX_ProspectNotes_WorkspaceId_CreatedAtUtc" ON "ProspectNotes" ("WorkspaceId", "CreatedAtUtc");

CREATE INDEX "IX_Orders_WorkspaceId_OrderDate" ON "Orders" ("WorkspaceId", "OrderDate");

CREATE INDEX "IX_CallLogs_WorkspaceId_CalledOn_Outcome" ON "CallLogs" ("WorkspaceId", "CalledOn", "Outcome");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127071108_ReportIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP TABLE "ProspectSearch";

CREATE VIRTUAL TABLE "ProspectSearch" USING fts5("SearchText", content='Prospects', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

INSERT INTO "ProspectSearch"("ProspectSearch") VALUES ('rebuild');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127073125_SearchPrefixIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127091215_SearchRowMapping', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Contacts_ProspectId";

CREATE INDEX "IX_Contacts_ProspectId_Role_Id" ON "Contacts" ("ProspectId", "Role", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127093313_ContactMainIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Prospects_WorkspaceId_Name";

CREATE INDEX "IX_Prospects_WorkspaceId_Name_Filters" ON "Prospects" ("WorkspaceId", "Name", "Status", "Potential", "Department");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127101215_NameIndexCoversFilters', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Prospects_Id_WorkspaceId_Name";

DROP INDEX "IX_Prospects_WorkspaceId_Name_Filters";

CREATE INDEX "IX_Prospects_Id_WorkspaceId_NameKey" ON "Prospects" ("Id", "WorkspaceId", "NameKey");

CREATE INDEX "IX_Prospects_WorkspaceId_NameKey_Filters" ON "Prospects" ("WorkspaceId", "NameKey", "Status", "Potential", "Department");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129094002_FrenchNameSort', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Scenarios" ADD "Siret" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Scenarios" ADD "VatOnDebits" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ScenarioProducts" ADD "IsService" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Orders" ADD "DeliveryAddress" TEXT NULL;

CREATE TABLE "Invoices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Invoices" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OrderId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "SaleOn" TEXT NULL,
    "DueOn" TEXT NULL,
    "CreditedInvoiceId" INTEGER NULL,
    "CreditedInvoiceNumber" TEXT NULL,
    "Reason" TEXT NULL,
    "SellerName" TEXT NOT NULL,
    "SellerLegalForm" TEXT NOT NULL,
    "SellerAddress" TEXT NOT NULL,
    "SellerSiret" TEXT NOT NULL,
    "SellerRcsCity" TEXT NOT NULL,
    "SellerVatNumber" TEXT NOT NULL,
    "VatOnDebits" INTEGER NOT NULL,
    "ClientName" TEXT NOT NULL,
    "ClientAddress" TEXT NOT NULL,
    "ClientSiren" TEXT NULL,
    "BusinessClient" INTEGER NOT NULL,
    "DeliveryAddress" TEXT NULL,
    "Nature" INTEGER NOT NULL,
    "PaymentTermDays" INTEGER NOT NULL,
    "PaymentTermEndOfMonth" INTEGER NOT NULL,
    "RemiseRate" TEXT NOT NULL,
    "RabaisRate" TEXT NOT NULL,
    "RistourneRate" TEXT NOT NULL,
    "EscompteRate" TEXT NOT NULL,
    "LinesTotal" TEXT NOT NULL,
    "Remise" TEXT NOT NULL,
    "Rabais" TEXT NOT NULL,
    "Ristourne" TEXT NOT NULL,
    "NetCommercial" TEXT NOT NULL,
    "Escompte" TEXT NOT NULL,
    "NetExclVat" TEXT NOT NULL,
    "VatTotal" TEXT NOT NULL,
    "TotalInclVat" TEXT NOT NULL,
    CONSTRAINT "FK_Invoices_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Invoices_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InvoiceLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InvoiceLines" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "InvoiceId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Reference" TEXT NOT NULL,
    "Designation" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitPriceExclVat" TEXT NOT NULL,
    "DiscountRate" TEXT NOT NULL,
    "NetExclVat" TEXT NOT NULL,
    "VatRate" TEXT NOT NULL,
    "IsService" INTEGER NOT NULL,
    CONSTRAINT "FK_InvoiceLines_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InvoiceVatLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InvoiceVatLines" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "InvoiceId" INTEGER NOT NULL,
    "Rate" TEXT NOT NULL,
    "Base" TEXT NOT NULL,
    "Vat" TEXT NOT NULL,
    CONSTRAINT "FK_InvoiceVatLines_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_InvoiceLines_InvoiceId" ON "InvoiceLines" ("InvoiceId");

CREATE UNIQUE INDEX "IX_Invoices_OrderId_Kind" ON "Invoices" ("OrderId", "Kind");

CREATE INDEX "IX_Invoices_WorkspaceId_Kind_IssuedOn" ON "Invoices" ("WorkspaceId", "Kind", "IssuedOn");

CREATE UNIQUE INDEX "IX_Invoices_WorkspaceId_Number" ON "Invoices" ("WorkspaceId", "Number");

CREATE INDEX "IX_InvoiceVatLines_InvoiceId" ON "InvoiceVatLines" ("InvoiceId");

UPDATE "Scenarios" SET "Siret" = '81234567600017', "VatOnDebits" = TRUE WHERE "Siren" = '812345676' AND "Siret" = '';

UPDATE "Scenarios" SET "Siret" = '90412375900014' WHERE "Siren" = '904123759' AND "Siret" = '';

UPDATE "Scenarios" SET "Siret" = '52398761800015' WHERE "Siren" = '523987618' AND "Siret" = '';

UPDATE "ScenarioProducts" SET "IsService" = TRUE WHERE "Reference" IN ('MNT-STD', 'FEN-PVC-2V', 'FEN-ALU-2V', 'POR-ENT', 'ISO-COM', 'VOL-ROU');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129094603_Invoices', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Classes" ADD "KilometreRate" TEXT NOT NULL DEFAULT '0.636';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129101328_ClassKilometreRate', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DELETE FROM "ProspectImports";

ALTER TABLE "ProspectImports" ADD "TableJson" TEXT NOT NULL DEFAULT '';

CREATE TABLE "ef_temp_ProspectImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProspectImports" PRIMARY KEY AUTOINCREMENT,
    "CreatedAtUtc" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "MappingJson" TEXT NOT NULL,
    "TableJson" TEXT NOT NULL,
    "WorkspaceId" INTEGER NOT NULL,
    CONSTRAINT "FK_ProspectImports_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_ProspectImports" ("Id", "CreatedAtUtc", "FileName", "MappingJson", "TableJson", "WorkspaceId")
SELECT "Id", "CreatedAtUtc", "FileName", "MappingJson", "TableJson", "WorkspaceId"
FROM "ProspectImports";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "ProspectImports";

ALTER TABLE "ef_temp_ProspectImports" RENAME TO "ProspectImports";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_ProspectImports_WorkspaceId" ON "ProspectImports" ("WorkspaceId");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129123712_ImportParsedTable', '10.0.15');

BEGIN TRANSACTION;
DROP INDEX "IX_Prospects_WorkspaceId_NameKey_Filters";

CREATE INDEX "IX_Prospects_WorkspaceId" ON "Prospects" ("WorkspaceId");

CREATE INDEX "IX_Prospects_WorkspaceId_NameKey_Filters" ON "Prospects" ("WorkspaceId", "NameKey", "Id", "Status", "Potential", "Department");

CREATE INDEX "IX_Prospects_WorkspaceId_Potential" ON "Prospects" ("WorkspaceId", "Potential");

CREATE INDEX "IX_Prospects_WorkspaceId_Status" ON "Prospects" ("WorkspaceId", "Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129153919_ListFilterIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Visits" ADD "AuthorId" TEXT NULL;

ALTER TABLE "ProspectNotes" ADD "AuthorId" TEXT NULL;

ALTER TABLE "Orders" ADD "AuthorId" TEXT NULL;

ALTER TABLE "MailingSends" ADD "AuthorId" TEXT NULL;

ALTER TABLE "CallLogs" ADD "AuthorId" TEXT NULL;

CREATE INDEX "IX_Visits_AuthorId" ON "Visits" ("AuthorId");

CREATE INDEX "IX_ProspectNotes_AuthorId" ON "ProspectNotes" ("AuthorId");

CREATE INDEX "IX_Orders_AuthorId" ON "Orders" ("AuthorId");

CREATE INDEX "IX_MailingSends_AuthorId" ON "MailingSends" ("AuthorId");

CREATE INDEX "IX_CallLogs_AuthorId" ON "CallLogs" ("AuthorId");

CREATE TABLE "ef_temp_CallLogs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CallLogs" PRIMARY KEY AUTOINCREMENT,
    "AuthorId" TEXT NULL,
    "CalledAtUtc" TEXT NOT NULL,
    "CalledOn" TEXT NOT NULL,
    "ContactId" INTEGER NULL,
    "FollowUpAtUtc" TEXT NULL,
    "Notes" TEXT NULL,
    "OperationId" INTEGER NOT NULL,
    "Outcome" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "WorkspaceId" INTEGER NOT NULL,
    CONSTRAINT "FK_CallLogs_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_CallLogs_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CallLogs_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_CallLogs" ("Id", "AuthorId", "CalledAtUtc", "CalledOn", "ContactId", "FollowUpAtUtc", "Notes", "OperationId", "Outcome", "ProspectId", "WorkspaceId")
SELECT "Id", "AuthorId", "CalledAtUtc", "CalledOn", "ContactId", "FollowUpAtUtc", "Notes", "OperationId", "Outcome", "ProspectId", "WorkspaceId"
FROM "CallLogs";

CREATE TABLE "ef_temp_MailingSends" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MailingSends" PRIMARY KEY AUTOINCREMENT,
    "Address" TEXT NOT NULL,
    "AuthorId" TEXT NULL,
    "Channel" INTEGER NOT NULL,
    "ContactId" INTEGER NULL,
    "OperationId" INTEGER NOT NULL,
    "OutboxMessageId" INTEGER NULL,
    "ProspectId" INTEGER NOT NULL,
    "Result" INTEGER NOT NULL,
    "ResultAtUtc" TEXT NULL,
    "ResultNote" TEXT NULL,
    "SentAtUtc" TEXT NOT NULL,
    "WorkspaceId" INTEGER NOT NULL,
    CONSTRAINT "FK_MailingSends_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MailingSends_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MailingSends_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MailingSends_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_MailingSends" ("Id", "Address", "AuthorId", "Channel", "ContactId", "OperationId", "OutboxMessageId", "ProspectId", "Result", "ResultAtUtc", "ResultNote", "SentAtUtc", "WorkspaceId")
SELECT "Id", "Address", "AuthorId", "Channel", "ContactId", "OperationId", "OutboxMessageId", "ProspectId", "Result", "ResultAtUtc", "ResultNote", "SentAtUtc", "WorkspaceId"
FROM "MailingSends";

CREATE TABLE "ef_temp_Orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Orders" PRIMARY KEY AUTOINCREMENT,
    "AcceptedOn" TEXT NULL,
    "AuthorId" TEXT NULL,
    "CancelReason" TEXT NULL,
    "CancelledOn" TEXT NULL,
    "ContactId" INTEGER NULL,
    "CostTotal" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DeliveredOn" TEXT NULL,
    "DeliveryAddress" TEXT NULL,
    "EscompteRate" TEXT NOT NULL,
    "ExpectedDeliveryOn" TEXT NULL,
    "ExpectedInstallationOn" TEXT NULL,
    "InstalledOn" TEXT NULL,
    "InvoicedOn" TEXT NULL,
    "ManagerApproval" TEXT NULL,
    "Margin" TEXT NOT NULL,
    "NetExclVat" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "OffPremises" INTEGER NOT NULL,
    "OperationId" INTEGER NULL,
    "OrderDate" TEXT NULL,
    "OrderNumber" TEXT NULL,
    "PaidOn" TEXT NULL,
    "PaidTotal" TEXT NOT NULL,
    "PaymentDueOn" TEXT NULL,
    "PaymentTermDays" INTEGER NOT NULL,
    "PaymentTermEndOfMonth" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "QuoteDate" TEXT NULL,
    "QuoteNumber" TEXT NULL,
    "QuoteValidUntil" TEXT NULL,
    "RabaisRate" TEXT NOT NULL,
    "RemiseRate" TEXT NOT NULL,
    "RistourneRate" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "TotalInclVat" TEXT NOT NULL,
    "VatTotal" TEXT NOT NULL,
    "WorkspaceId" INTEGER NOT NULL,
    CONSTRAINT "FK_Orders_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Orders_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Orders_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Orders_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Orders" ("Id", "AcceptedOn", "AuthorId", "CancelReason", "CancelledOn", "ContactId", "CostTotal", "CreatedAtUtc", "DeliveredOn", "DeliveryAddress", "EscompteRate", "ExpectedDeliveryOn", "ExpectedInstallationOn", "InstalledOn", "InvoicedOn", "ManagerApproval", "Margin", "NetExclVat", "Notes", "OffPremises", "OperationId", "OrderDate", "OrderNumber", "PaidOn", "PaidTotal", "PaymentDueOn", "PaymentTermDays", "PaymentTermEndOfMonth", "ProspectId", "QuoteDate", "QuoteNumber", "QuoteValidUntil", "RabaisRate", "RemiseRate", "RistourneRate", "Status", "TotalInclVat", "VatTotal", "WorkspaceId")
SELECT "Id", "AcceptedOn", "AuthorId", "CancelReason", "CancelledOn", "ContactId", "CostTotal", "CreatedAtUtc", "DeliveredOn", "DeliveryAddress", "EscompteRate", "ExpectedDeliveryOn", "ExpectedInstallationOn", "InstalledOn", "InvoicedOn", "ManagerApproval", "Margin", "NetExclVat", "Notes", "OffPremises", "OperationId", "OrderDate", "OrderNumber", "PaidOn", "PaidTotal", "PaymentDueOn", "PaymentTermDays", "PaymentTermEndOfMonth", "ProspectId", "QuoteDate", "QuoteNumber", "QuoteValidUntil", "RabaisRate", "RemiseRate", "RistourneRate", "Status", "TotalInclVat", "VatTotal", "WorkspaceId"
FROM "Orders";

CREATE TABLE "ef_temp_ProspectNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProspectNotes" PRIMARY KEY AUTOINCREMENT,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "WorkspaceId" INTEGER NOT NULL,
    CONSTRAINT "FK_ProspectNotes_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_ProspectNotes_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_ProspectNotes" ("Id", "AuthorId", "AuthorName", "CreatedAtUtc", "Kind", "ProspectId", "Text", "WorkspaceId")
SELECT "Id", "AuthorId", "AuthorName", "CreatedAtUtc", "Kind", "ProspectId", "Text", "WorkspaceId"
FROM "ProspectNotes";

CREATE TABLE "ef_temp_Visits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Visits" PRIMARY KEY AUTOINCREMENT,
    "Amount" TEXT NULL,
    "Arguments" TEXT NULL,
    "AuthorId" TEXT NULL,
    "Expenses" TEXT NOT NULL,
    "Gap" TEXT NULL,
    "GapCause" TEXT NULL,
    "Interlocutor" TEXT NULL,
    "Known" TEXT NULL,
    "LegKm" REAL NULL,
    "Motives" INTEGER NOT NULL,
    "Needs" TEXT NULL,
    "NextStepOn" TEXT NULL,
    "NextSteps" TEXT NULL,
    "Objective" TEXT NULL,
    "OperationId" INTEGER NOT NULL,
    "PlannedOn" TEXT NULL,
    "ProspectId" INTEGER NOT NULL,
    "ReportedAtUtc" TEXT NULL,
    "Result" INTEGER NULL,
    "RouteOrder" INTEGER NOT NULL,
    "SoncasHypotheses" INTEGER NOT NULL,
    "Strengths" TEXT NULL,
    "VisitedOn" TEXT NULL,
    "Weaknesses" TEXT NULL,
    "WorkspaceId" INTEGER NOT NULL,
    CONSTRAINT "FK_Visits_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Visits_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Visits_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Visits" ("Id", "Amount", "Arguments", "AuthorId", "Expenses", "Gap", "GapCause", "Interlocutor", "Known", "LegKm", "Motives", "Needs", "NextStepOn", "NextSteps", "Objective", "OperationId", "PlannedOn", "ProspectId", "ReportedAtUtc", "Result", "RouteOrder", "SoncasHypotheses", "Strengths", "VisitedOn", "Weaknesses", "WorkspaceId")
SELECT "Id", "Amount", "Arguments", "AuthorId", "Expenses", "Gap", "GapCause", "Interlocutor", "Known", "LegKm", "Motives", "Needs", "NextStepOn", "NextSteps", "Objective", "OperationId", "PlannedOn", "ProspectId", "ReportedAtUtc", "Result", "RouteOrder", "SoncasHypotheses", "Strengths", "VisitedOn", "Weaknesses", "WorkspaceId"
FROM "Visits";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "CallLogs";

ALTER TABLE "ef_temp_CallLogs" RENAME TO "CallLogs";

DROP TABLE "MailingSends";

ALTER TABLE "ef_temp_MailingSends" RENAME TO "MailingSends";

DROP TABLE "Orders";

ALTER TABLE "ef_temp_Orders" RENAME TO "Orders";

DROP TABLE "ProspectNotes";

ALTER TABLE "ef_temp_ProspectNotes" RENAME TO "ProspectNotes";

DROP TABLE "Visits";

ALTER TABLE "ef_temp_Visits" RENAME TO "Visits";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_CallLogs_AuthorId" ON "CallLogs" ("AuthorId");

CREATE INDEX "IX_CallLogs_OperationId" ON "CallLogs" ("OperationId");

CREATE INDEX "IX_CallLogs_ProspectId" ON "CallLogs" ("ProspectId");

CREATE INDEX "IX_CallLogs_WorkspaceId_CalledOn_Outcome" ON "CallLogs" ("WorkspaceId", "CalledOn", "Outcome");

CREATE INDEX "IX_CallLogs_WorkspaceId_OperationId_CalledAtUtc" ON "CallLogs" ("WorkspaceId", "OperationId", "CalledAtUtc");

CREATE INDEX "IX_CallLogs_WorkspaceId_ProspectId_CalledAtUtc" ON "CallLogs" ("WorkspaceId", "ProspectId", "CalledAtUtc");

CREATE INDEX "IX_MailingSends_AuthorId" ON "MailingSends" ("AuthorId");

CREATE UNIQUE INDEX "IX_MailingSends_OperationId_ProspectId" ON "MailingSends" ("OperationId", "ProspectId");

CREATE INDEX "IX_MailingSends_OutboxMessageId" ON "MailingSends" ("OutboxMessageId");

CREATE INDEX "IX_MailingSends_ProspectId" ON "MailingSends" ("ProspectId");

CREATE INDEX "IX_MailingSends_WorkspaceId_SentAtUtc" ON "MailingSends" ("WorkspaceId", "SentAtUtc");

CREATE INDEX "IX_Orders_AuthorId" ON "Orders" ("AuthorId");

CREATE INDEX "IX_Orders_OperationId" ON "Orders" ("OperationId");

CREATE INDEX "IX_Orders_ProspectId" ON "Orders" ("ProspectId");

CREATE INDEX "IX_Orders_WorkspaceId_OrderDate" ON "Orders" ("WorkspaceId", "OrderDate");

CREATE UNIQUE INDEX "IX_Orders_WorkspaceId_OrderNumber" ON "Orders" ("WorkspaceId", "OrderNumber");

CREATE INDEX "IX_Orders_WorkspaceId_ProspectId" ON "Orders" ("WorkspaceId", "ProspectId");

CREATE UNIQUE INDEX "IX_Orders_WorkspaceId_QuoteNumber" ON "Orders" ("WorkspaceId", "QuoteNumber");

CREATE INDEX "IX_Orders_WorkspaceId_Status" ON "Orders" ("WorkspaceId", "Status");

CREATE INDEX "IX_ProspectNotes_AuthorId" ON "ProspectNotes" ("AuthorId");

CREATE INDEX "IX_ProspectNotes_ProspectId" ON "ProspectNotes" ("ProspectId");

CREATE INDEX "IX_ProspectNotes_WorkspaceId_CreatedAtUtc" ON "ProspectNotes" ("WorkspaceId", "CreatedAtUtc");

CREATE INDEX "IX_ProspectNotes_WorkspaceId_ProspectId_CreatedAtUtc" ON "ProspectNotes" ("WorkspaceId", "ProspectId", "CreatedAtUtc");

CREATE INDEX "IX_Visits_AuthorId" ON "Visits" ("AuthorId");

CREATE UNIQUE INDEX "IX_Visits_OperationId_ProspectId" ON "Visits" ("OperationId", "ProspectId");

CREATE INDEX "IX_Visits_ProspectId" ON "Visits" ("ProspectId");

CREATE INDEX "IX_Visits_WorkspaceId_PlannedOn" ON "Visits" ("WorkspaceId", "PlannedOn");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129180615_ActionAuthors', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Syntheses" ADD "AuthorId" TEXT NULL;

ALTER TABLE "Syntheses" ADD "Referentiel" TEXT NULL;

ALTER TABLE "Classes" ADD "Referentiel" TEXT NOT NULL DEFAULT 'vente-2002';

UPDATE "Syntheses" SET "Referentiel" = 'vente-2002' WHERE "Status" <> 0;

CREATE INDEX "IX_Syntheses_AuthorId" ON "Syntheses" ("AuthorId");

CREATE TABLE "ef_temp_Syntheses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Syntheses" PRIMARY KEY AUTOINCREMENT,
    "AuthorId" TEXT NULL,
    "CorrectiveActions" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DueAtUtc" TEXT NULL,
    "GapCauses" TEXT NULL,
    "HandedInAtUtc" TEXT NULL,
    "Judgement" TEXT NULL,
    "OperationIds" TEXT NOT NULL,
    "PeriodFrom" TEXT NOT NULL,
    "PeriodTo" TEXT NOT NULL,
    "PreviousVersionId" INTEGER NULL,
    "Referentiel" TEXT NULL,
    "SnapshotJson" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "Strengths" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Weaknesses" TEXT NULL,
    "WorkspaceId" INTEGER NOT NULL,
    CONSTRAINT "FK_Syntheses_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Syntheses_Workspaces_WorkspaceId" FOREIGN KEY ("WorkspaceId") REFERENCES "Workspaces" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Syntheses" ("Id", "AuthorId", "CorrectiveActions", "CreatedAtUtc", "DueAtUtc", "GapCauses", "HandedInAtUtc", "Judgement", "OperationIds", "PeriodFrom", "PeriodTo", "PreviousVersionId", "Referentiel", "SnapshotJson", "Status", "Strengths", "Title", "Version", "Weaknesses", "WorkspaceId")
SELECT "Id", "AuthorId", "CorrectiveActions", "CreatedAtUtc", "DueAtUtc", "GapCauses", "HandedInAtUtc", "Judgement", "OperationIds", "PeriodFrom", "PeriodTo", "PreviousVersionId", "Referentiel", "SnapshotJson", "Status", "Strengths", "Title", "Version", "Weaknesses", "WorkspaceId"
FROM "Syntheses";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Syntheses";

ALTER TABLE "ef_temp_Syntheses" RENAME TO "Syntheses";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Syntheses_AuthorId" ON "Syntheses" ("AuthorId");

CREATE INDEX "IX_Syntheses_WorkspaceId_Status" ON "Syntheses" ("WorkspaceId", "Status");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129180941_ClassReferentiel', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Orders" ADD "ApprovalRefusal" TEXT NULL;

ALTER TABLE "Orders" ADD "ApprovalRefusedAtUtc" TEXT NULL;

ALTER TABLE "Orders" ADD "ApprovalRefusedBy" TEXT NULL;

ALTER TABLE "Orders" ADD "ApprovalRequest" TEXT NULL;

ALTER TABLE "Orders" ADD "ApprovalRequestedAtUtc" TEXT NULL;

UPDATE "Orders" SET "ApprovalRequestedAtUtc" = "CreatedAtUtc" WHERE "Notes" LIKE '[Accord demandé] %' AND "Status" = 8 AND "ManagerApproval" IS NULL;

UPDATE "Orders" SET "Notes" = NULLIF(TRIM(SUBSTR("Notes", 18)), '') WHERE "Notes" LIKE '[Accord demandé] %';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129181045_QuoteAccordRequests', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "OperationPlans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OperationPlans" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "TargetJustification" TEXT NULL,
    "TechniqueJustification" TEXT NULL,
    "Calendar" TEXT NULL,
    "Budget" TEXT NULL,
    "Script" TEXT NULL,
    "Pitch" TEXT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_OperationPlans_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OperationPlanVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OperationPlanVersions" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Subject" TEXT NULL,
    "Text" TEXT NOT NULL,
    "SavedAtUtc" TEXT NOT NULL,
    "AuthorId" TEXT NULL,
    CONSTRAINT "FK_OperationPlanVersions_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_OperationPlanVersions_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_OperationPlans_OperationId" ON "OperationPlans" ("OperationId");

CREATE INDEX "IX_OperationPlans_WorkspaceId_OperationId" ON "OperationPlans" ("WorkspaceId", "OperationId");

CREATE INDEX "IX_OperationPlanVersions_AuthorId" ON "OperationPlanVersions" ("AuthorId");

CREATE INDEX "IX_OperationPlanVersions_OperationId" ON "OperationPlanVersions" ("OperationId");

CREATE UNIQUE INDEX "IX_OperationPlanVersions_WorkspaceId_OperationId_Kind_Number" ON "OperationPlanVersions" ("WorkspaceId", "OperationId", "Kind", "Number");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129210718_OperationPlans', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Syntheses" ADD "ActionRowsJson" TEXT NULL;

ALTER TABLE "Syntheses" ADD "GapCauseRowsJson" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129211131_SynthesisRows', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Scenarios" ADD "EnergyRenovation" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Scenarios" ADD "HomeTown" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Scenarios" ADD "HomeTownCode" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Scenarios" ADD "MaxKmPerDay" INTEGER NOT NULL DEFAULT 150;

ALTER TABLE "Scenarios" ADD "RadiusKm" INTEGER NOT NULL DEFAULT 40;

CREATE INDEX "IX_Prospects_WorkspaceId_NafCode" ON "Prospects" ("WorkspaceId", "NafCode");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129211959_ScenarioSecteur', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "SynthesisAssessments" ADD "FollowUpComment" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129234919_AssessmentFollowUpComment', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Prospects" ADD "SearchVersion" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "SearchWords" ("WorkspaceId" INTEGER NOT NULL, "Word" TEXT NOT NULL, PRIMARY KEY ("WorkspaceId", "Word")) WITHOUT ROWID;

CREATE TRIGGER "Prospects_WordsInsert" AFTER INSERT ON "Prospects" BEGIN INSERT OR IGNORE INTO "SearchWords" ("WorkspaceId", "Word") SELECT new."WorkspaceId", value FROM json_each(CASE WHEN json_valid(('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new."SearchText", '"', ' '), '\', ' '), '.', ' '), '@', ' '), '-', ' '), '''', ' '), '’', ' '), ',', ' '), '&', ' '), '/', ' '), '(', ' '), ')', ' '), '_', ' '), ' ', '","') || '"]')) THEN ('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new."SearchText", '"', ' '), '\', ' '), '.', ' '), '@', ' '), '-', ' '), '''', ' '), '’', ' '), ',', ' '), '&', ' '), '/', ' '), '(', ' '), ')', ' '), '_', ' '), ' ', '","') || '"]') ELSE '[]' END) WHERE length(value) >= 3 AND value NOT GLOB '*[^a-z]*'; END;

CREATE TRIGGER "Prospects_WordsUpdate" AFTER UPDATE OF "SearchText" ON "Prospects" WHEN new."SearchText" IS NOT old."SearchText" BEGIN INSERT OR IGNORE INTO "SearchWords" ("WorkspaceId", "Word") SELECT new."WorkspaceId", value FROM json_each(CASE WHEN json_valid(('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new."SearchText", '"', ' '), '\', ' '), '.', ' '), '@', ' '), '-', ' '), '''', ' '), '’', ' '), ',', ' '), '&', ' '), '/', ' '), '(', ' '), ')', ' '), '_', ' '), ' ', '","') || '"]')) THEN ('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new."SearchText", '"', ' '), '\', ' '), '.', ' '), '@', ' '), '-', ' '), '''', ' '), '’', ' '), ',', ' '), '&', ' '), '/', ' '), '(', ' '), ')', ' '), '_', ' '), ' ', '","') || '"]') ELSE '[]' END) WHERE length(value) >= 3 AND value NOT GLOB '*[^a-z]*'; END;

INSERT OR IGNORE INTO "SearchWords" ("WorkspaceId", "Word") SELECT DISTINCT p."WorkspaceId", w.value FROM "Prospects" AS p, json_each(CASE WHEN json_valid(('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(p."SearchText", '"', ' '), '\', ' '), '.', ' '), '@', ' '), '-', ' '), '''', ' '), '’', ' '), ',', ' '), '&', ' '), '/', ' '), '(', ' '), ')', ' '), '_', ' '), ' ', '","') || '"]')) THEN ('["' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(p."SearchText", '"', ' '), '\', ' '), '.', ' '), '@', ' '), '-', ' '), '''', ' '), '’', ' '), ',', ' '), '&', ' '), '/', ' '), '(', ' '), ')', ' '), '_', ' '), ' ', '","') || '"]') ELSE '[]' END) AS w WHERE length(w.value) >= 3 AND w.value NOT GLOB '*[^a-z]*';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130000535_TolerantSearch', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "ProspectImports" ADD "AuthorName" TEXT NULL;

ALTER TABLE "ProspectImports" ADD "CreatedCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ProspectImports" ADD "FinishedAtUtc" TEXT NULL;

ALTER TABLE "ProspectImports" ADD "HeartbeatAtUtc" TEXT NULL;

ALTER TABLE "ProspectImports" ADD "ProcessedRows" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ProspectImports" ADD "QueuedAtUtc" TEXT NULL;

ALTER TABLE "ProspectImports" ADD "RejectedCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ProspectImports" ADD "RejectionsJson" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "ProspectImports" ADD "RunToken" TEXT NULL;

ALTER TABLE "ProspectImports" ADD "StartedAtUtc" TEXT NULL;

ALTER TABLE "ProspectImports" ADD "Status" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ProspectImports" ADD "TotalRows" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "IX_ProspectImports_Status" ON "ProspectImports" ("Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130013704_ImportJobs', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Operations" ADD "PlayedCallsOnly" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Classes" ADD "PracticeAbsentPercent" INTEGER NOT NULL DEFAULT 10;

ALTER TABLE "Classes" ADD "PracticeGatekeeperPercent" INTEGER NOT NULL DEFAULT 15;

ALTER TABLE "Classes" ADD "PracticeNoAnswerPercent" INTEGER NOT NULL DEFAULT 30;

ALTER TABLE "Classes" ADD "PracticeReachedPercent" INTEGER NOT NULL DEFAULT 33;

ALTER TABLE "Classes" ADD "PracticeWrongNumberPercent" INTEGER NOT NULL DEFAULT 12;

ALTER TABLE "CallLogs" ADD "Mode" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "RoleCards" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RoleCards" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "PickUp" INTEGER NOT NULL,
    "Reachability" TEXT NOT NULL,
    "ReachableHour" INTEGER NOT NULL,
    "CurrentSupplier" TEXT NOT NULL,
    "HiddenNeed" TEXT NOT NULL,
    "Budget" TEXT NOT NULL,
    "DominantMotive" INTEGER NOT NULL,
    "BuyingSignals" TEXT NOT NULL,
    "AcceptsWhen" TEXT NOT NULL,
    "GeneratedAtUtc" TEXT NOT NULL,
    "EditedAtUtc" TEXT NULL,
    "Objections" TEXT NULL,
    CONSTRAINT "FK_RoleCards_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RolePlaySessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RolePlaySessions" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "ContactId" INTEGER NULL,
    "Attempt" INTEGER NOT NULL,
    "Reach" INTEGER NOT NULL,
    "PickUp" INTEGER NOT NULL,
    "Index" INTEGER NOT NULL,
    "Remaining" INTEGER NOT NULL,
    "Patience" INTEGER NOT NULL,
    "Lifted" INTEGER NOT NULL,
    "Transcript" TEXT NOT NULL,
    "End" INTEGER NULL,
    "Outcome" INTEGER NULL,
    "CallLogId" INTEGER NULL,
    "StartedAtUtc" TEXT NOT NULL,
    "FinishedAtUtc" TEXT NULL,
    "AuthorId" TEXT NULL,
    "Objections" TEXT NULL,
    CONSTRAINT "FK_RolePlaySessions_AspNetUsers_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_RolePlaySessions_CallLogs_CallLogId" FOREIGN KEY ("CallLogId") REFERENCES "CallLogs" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_RolePlaySessions_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RolePlaySessions_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ScenarioRolePlays" (
    "ScenarioId" INTEGER NOT NULL CONSTRAINT "PK_ScenarioRolePlays" PRIMARY KEY,
    "SwitchboardPercent" INTEGER NOT NULL,
    "AssistantPercent" INTEGER NOT NULL,
    "DecisionMakerPercent" INTEGER NOT NULL,
    "Reachability" TEXT NOT NULL,
    "Motives" TEXT NOT NULL,
    "HiddenNeeds" TEXT NOT NULL,
    "BuyingSignals" TEXT NOT NULL,
    "AcceptanceTriggers" TEXT NOT NULL,
    "Suppliers" TEXT NOT NULL,
    "BudgetMin" TEXT NOT NULL,
    "BudgetMax" TEXT NOT NULL,
    CONSTRAINT "FK_ScenarioRolePlays_Scenarios_ScenarioId" FOREIGN KEY ("ScenarioId") REFERENCES "Scenarios" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_RoleCards_ProspectId" ON "RoleCards" ("ProspectId");

CREATE UNIQUE INDEX "IX_RoleCards_WorkspaceId_ProspectId" ON "RoleCards" ("WorkspaceId", "ProspectId");

CREATE INDEX "IX_RolePlaySessions_AuthorId" ON "RolePlaySessions" ("AuthorId");

CREATE INDEX "IX_RolePlaySessions_CallLogId" ON "RolePlaySessions" ("CallLogId");

CREATE INDEX "IX_RolePlaySessions_OperationId" ON "RolePlaySessions" ("OperationId");

CREATE INDEX "IX_RolePlaySessions_ProspectId" ON "RolePlaySessions" ("ProspectId");

CREATE INDEX "IX_RolePlaySessions_WorkspaceId_OperationId_ProspectId" ON "RolePlaySessions" ("WorkspaceId", "OperationId", "ProspectId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130025624_RolePlay', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "PairSessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PairSessions" PRIMARY KEY AUTOINCREMENT,
    "WorkspaceId" INTEGER NOT NULL,
    "ClassId" INTEGER NOT NULL,
    "OperationId" INTEGER NOT NULL,
    "ProspectId" INTEGER NOT NULL,
    "ContactId" INTEGER NULL,
    "CallerId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "PartnerIsTeacher" INTEGER NOT NULL,
    "CallerName" TEXT NOT NULL,
    "PartnerName" TEXT NOT NULL,
    "ProspectName" TEXT NOT NULL,
    "OperationName" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "PhasesDone" INTEGER NOT NULL,
    "Journal" TEXT NOT NULL,
    "Reached" INTEGER NULL,
    "RaisedObjections" TEXT NOT NULL,
    "PartnerOutcome" INTEGER NULL,
    "PartnerNotes" TEXT NULL,
    "CallerOutcome" INTEGER NULL,
    "CallLogId" INTEGER NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "JoinedAtUtc" TEXT NULL,
    "FinishedAtUtc" TEXT NULL,
    "DebriefedAtUtc" TEXT NULL,
    "Debrief" TEXT NULL,
    CONSTRAINT "FK_PairSessions_CallLogs_CallLogId" FOREIGN KEY ("CallLogId") REFERENCES "CallLogs" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PairSessions_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES "Operations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PairSessions_Prospects_ProspectId" FOREIGN KEY ("ProspectId") REFERENCES "Prospects" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PairSessions_CallLogId" ON "PairSessions" ("CallLogId");

CREATE INDEX "IX_PairSessions_OperationId" ON "PairSessions" ("OperationId");

CREATE INDEX "IX_PairSessions_PartnerId_State" ON "PairSessions" ("PartnerId", "State");

CREATE INDEX "IX_PairSessions_ProspectId" ON "PairSessions" ("ProspectId");

CREATE INDEX "IX_PairSessions_WorkspaceId_OperationId_ProspectId" ON "PairSessions" ("WorkspaceId", "OperationId", "ProspectId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130053711_PairRolePlay', '10.0.15');

COMMIT;

