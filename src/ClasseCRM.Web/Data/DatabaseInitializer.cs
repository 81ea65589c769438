using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Data;

/// <summary>
/// Runs at start: rewrites the migration history of a database made by the old chain, applies migrations, prepares the database (WAL on SQLite), writes again the search texts of older rules, makes sure the roles and the shipped scenarios
/// exist, lets the composition root fill a database that has no user yet (the demo school, when demo mode is on),
/// attaches what belongs to no établissement to the only one, then creates the first administrator (or, in an académie, its operator) from configuration.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>
    /// <paramref name="fillEmptyDatabase"/> runs in the same scope, after the shipped scenarios and before the
    /// administrator from configuration (an account would make the database no longer empty); null leaves it empty.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, Func<IServiceProvider, CancellationToken, Task>? fillEmptyDatabase, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (await Infrastructure.Data.LegacyMigrationHistory.RewriteAsync(db, ct))
        {
            logger.LogInformation("Historique des migrations réécrit : la base créée par les anciennes migrations suit la migration initiale.");
        }
        await db.Database.MigrateAsync(ct);
        // Instances starting together on one PostgreSQL database make the établissement and the first accounts once.
        await using var startLock = await Infrastructure.Data.DatabaseStartLock.AcquireAsync(db, ct);
        await Infrastructure.Data.DatabaseMaintenance.PrepareAsync(db, ct);
        if (await Infrastructure.Data.ProspectSearchRefresh.RunAsync(db, ct) is > 0 and var refreshed)
        {
            logger.LogInformation("Texte de recherche réécrit pour {Count} fiches (nouvelles règles de recherche).", refreshed);
        }

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await EnsureShippedScenariosAsync(db, sp.GetRequiredService<SeedCatalog>(), sp.GetRequiredService<CommuneDirectory>(), sp.GetRequiredService<TimeProvider>(), ct);

        var academie = sp.GetRequiredService<IOptions<AcademieOptions>>().Value;
        var mode = sp.GetRequiredService<InstallationMode>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        await mode.DetectAsync(users);
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (!mode.IsAcademie)
        {
            await SchoolBootstrap.EnsureFirstAsync(db, sp.GetRequiredService<IOptions<SchoolOptions>>().Value, now, ct);
        }
        if (fillEmptyDatabase is not null && !await db.Users.AnyAsync(ct))
        {
            await fillEmptyDatabase(sp, ct);
        }
        await AttachOrphansAsync(db, mode.IsAcademie, logger, ct);

        if (mode.IsAcademie)
        {
            if (!academie.Enabled)
            {
                logger.LogWarning("Installation académique : un compte opérateur existe, Academie:OperatorUserName n'est plus renseigné ; l'installation reste académique.");
            }
            // An académie's établissements and their administrators are the operator's to create (Admin:* is not read).
            await EnsureAccountAsync(sp, logger, Roles.Operator, academie.OperatorUserName, academie.OperatorPassword, "Opérateur", null,
                "Academie:OperatorUserName et Academie:OperatorPassword");
            await mode.DetectAsync(users);
        }
        else
        {
            var admin = sp.GetRequiredService<IOptions<AdminBootstrapOptions>>().Value;
            var school = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(ct);
            await EnsureAccountAsync(sp, logger, Roles.Admin, admin.UserName, admin.Password, "Administrateur", school, "Admin:UserName et Admin:Password");
        }
        await Infrastructure.Data.DatabaseMaintenance.OptimizeAsync(db, ct);
    }

    /// <summary>
    /// Adds every scenario of seeds/scenarios that the database does not have yet (by key). Existing ones are left
    /// alone, except that a scenario from a seed (shipped or copied) made before scenarios had a secteur receives the
    /// seed's home town and radius, and its energy-renovation flag (the law applies to copies too); and a shipped scenario
    /// takes its seed file's current texts (<see cref="ShippedScenarioTexts"/>).
    /// </summary>
    private static async Task EnsureShippedScenariosAsync(AppDbContext db, SeedCatalog catalog, CommuneDirectory communes, TimeProvider clock, CancellationToken ct)
    {
        var known = await db.Scenarios.Where(s => s.OwnerId == null && s.SourceKey != null).Select(s => s.SourceKey!).ToListAsync(ct);
        foreach (var seed in catalog.Scenarios.Where(s => !known.Contains(s.Key)))
        {
            db.Scenarios.Add(ScenarioFromSeed(seed, communes, clock.GetUtcNow().UtcDateTime));
        }
        foreach (var old in await db.Scenarios.Where(s => s.SourceKey != null && s.HomeTownCode == "").ToListAsync(ct))
        {
            if (catalog.FindScenario(old.SourceKey) is { } seed && communes.Resolve(seed.Prospects.HomeTown).Commune is { } home)
            {
                old.HomeTownCode = home.InseeCode;
                old.HomeTown = CommuneDirectory.Display(home);
                old.RadiusKm = seed.Prospects.RadiusKm;
                old.MaxKmPerDay = seed.MaxKmPerDay;
                old.EnergyRenovation |= seed.EnergyRenovation;
            }
        }
        foreach (var shipped in await db.Scenarios.Where(s => s.OwnerId == null && s.SourceKey != null)
            .Include(s => s.Products).Include(s => s.Objections).AsSplitQuery().ToListAsync(ct))
        {
            if (catalog.FindScenario(shipped.SourceKey) is { } seed)
            {
                ShippedScenarioTexts.Refresh(shipped, seed);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    public static Scenario ScenarioFromSeed(ScenarioSeed seed, CommuneDirectory communes, DateTime now) => new()
    {
        SourceKey = seed.Key,
        Title = seed.Title,
        CompanyName = seed.Company.Name,
        LegalForm = seed.Company.LegalForm,
        Siren = seed.Company.Siren,
        Siret = seed.Company.Siret,
        VatOnDebits = seed.Company.VatOnDebits,
        RcsCity = seed.Company.RcsCity,
        Street = seed.Company.Street,
        PostalCode = seed.Company.PostalCode,
        City = seed.Company.City,
        Phone = seed.Company.Phone,
        Email = seed.Company.Email,
        NafCode = seed.Company.NafCode,
        Sector = seed.Company.Sector,
        Market = seed.Market == "B2C" ? Market.Consumer : Market.Business,
        Offer = seed.Offer,
        MaxDiscountRate = seed.Negotiation.MaxDiscountRate,
        PaymentTerms = string.Join('\n', seed.Negotiation.PaymentTerms),
        DeliveryLeadTimeDays = seed.Negotiation.DeliveryLeadTimeDays,
        SalesPitch = seed.SalesPitch,
        ProspectCount = seed.Prospects.Count,
        TargetNafCodes = string.Join(',', seed.Prospects.Segments.Select(s => s.NafCode)),
        TargetDepartments = string.Join(',', seed.Prospects.Departments),
        HomeTownCode = communes.Resolve(seed.Prospects.HomeTown).Commune?.InseeCode ?? "",
        HomeTown = communes.Resolve(seed.Prospects.HomeTown).Commune is { } home ? CommuneDirectory.Display(home) : "",
        RadiusKm = seed.Prospects.RadiusKm,
        MaxKmPerDay = seed.MaxKmPerDay,
        EnergyRenovation = seed.EnergyRenovation,
        CreatedAtUtc = now,
        Products = seed.Products.Select((p, i) => new ScenarioProduct
        {
            Reference = p.Reference,
            Designation = p.Designation,
            Unit = p.Unit,
            PriceExclVat = p.PriceExclVat,
            PurchaseCostExclVat = p.PurchaseCostExclVat,
            VatRate = p.VatRate,
            MaxDiscountRate = p.MaxDiscountRate,
            IsService = p.IsService,
            SortOrder = i,
        }).ToList(),
        Objections = seed.Objections.Select((o, i) => new ScenarioObjection
        {
            Objection = o.Objection,
            Type = o.Type,
            Technique = o.Technique,
            Answer = o.Answer,
            SortOrder = i,
        }).ToList(),
    };

    /// <summary>
    /// A school's installation attaches what belongs to no établissement to its only one. An académie never guesses which
    /// lycée an account without one belongs to: it says how many there are (start the database once as a lycée's
    /// installation before naming the operator, and its accounts belong to that lycée).
    /// </summary>
    private static async Task AttachOrphansAsync(AppDbContext db, bool academie, ILogger logger, CancellationToken ct)
    {
        if (!academie)
        {
            if (await SchoolBootstrap.AttachOrphansAsync(db, ct) is > 0 and var attached)
            {
                logger.LogInformation("{Count} comptes, classes ou courriels rattachés à l'établissement unique.", attached);
            }
            return;
        }
        if (await SchoolBootstrap.CountOrphanAccountsAsync(db, ct) is > 0 and var orphans)
        {
            logger.LogWarning("Installation académique : {Count} comptes ne sont rattachés à aucun établissement ; ils n'ont accès à rien d'un établissement.", orphans);
        }
    }

    /// <summary>
    /// Creates the account named in configuration (the school's first administrator, or the académie operator) when no
    /// account has <paramref name="role"/> yet; it must choose its own password at first sign-in.
    /// </summary>
    private static async Task EnsureAccountAsync(IServiceProvider sp, ILogger logger, string role, string? userName, string? password,
        string firstName, int? schoolId, string settings)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(role)).Count > 0)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("Aucun compte « {Role} » : renseignez {Settings} dans la configuration puis redémarrez.", Roles.Label(role), settings);
            return;
        }
        var account = new AppUser
        {
            UserName = userName.Trim(),
            FirstName = firstName,
            MustChangePassword = true,
            SchoolId = schoolId,
            CreatedAtUtc = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(account, password);
        if (!result.Succeeded)
        {
            logger.LogWarning("Compte « {Role} » non créé : {Errors}", Roles.Label(role), string.Join(" ", result.Errors.Select(e => e.Description)));
            return;
        }
        await users.AddToRoleAsync(account, role);
        logger.LogInformation("Compte « {Role} » initial créé depuis la configuration.", Roles.Label(role));
    }
}
