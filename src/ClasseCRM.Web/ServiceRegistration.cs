using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Account;
using ClasseCRM.Web.Features.Admin;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Features.Messaging;
using ClasseCRM.Web.Features.Scenarios;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Data;
using ClasseCRM.Web.Infrastructure.Health;
using ClasseCRM.Web.Infrastructure.Hosting;
using ClasseCRM.Web.Infrastructure.Jobs;
using ClasseCRM.Web.Infrastructure.Mail;
using ClasseCRM.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClasseCRM.Web;

/// <summary>Service registration and the middleware pipeline, kept out of Program.cs so they read top to bottom.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddClasseCrm(this IServiceCollection services)
    {
        AddBasics(services);
        AddDatabase(services);
        AddSignIn(services);
        AddMvc(services);
        AddMailAndJobs(services);
        AddFeatures(services);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("Base de données")
            .AddCheck<JobStorageHealthCheck>("Tâches planifiées");
        return services;
    }

    /// <summary>Clock, options read from configuration, the storage folder and the data-protection keys.</summary>
    private static void AddBasics(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminBootstrapOptions>().BindConfiguration(AdminBootstrapOptions.Section);
        services.AddOptions<SchoolOptions>().BindConfiguration(SchoolOptions.Section);
        services.AddOptions<AcademieOptions>().BindConfiguration(AcademieOptions.Section);
        services.AddSingleton<InstallationMode>();
        services.AddAuthorizationBuilder().AddPolicy(Installation.Policy, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => c.Resource is HttpContext http && Installation.IsRunBy(http)));
        services.AddSingleton<StoragePaths>();
        // Keys in App_Data/keys (SQLite: one instance) or in the database (PostgreSQL: every instance reads the same keys,
        // so a cookie made by one is valid on the others): sign-in cookies and antiforgery tokens survive a restart.
        services.AddDataProtection().SetApplicationName("ClasseCRM");
        services.AddOptions<KeyManagementOptions>().Configure<StoragePaths, DatabaseTarget, IServiceProvider, ILoggerFactory>((o, paths, target, sp, loggers) =>
            o.XmlRepository = target.IsSqlite
                ? new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")), loggers)
                : new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.EntityFrameworkCoreXmlRepository<Data.AppDbContext>(sp, loggers));
    }

    /// <summary>The access scope and the database context, with its interceptors (pragmas, after-commit jobs, file versions).</summary>
    private static void AddDatabase(IServiceCollection services)
    {
        services.AddScoped<AccessScope>();
        services.AddScoped<WorkspaceContext>();
        services.AddScoped<TaughtClassContext>();
        services.AddMemoryCache();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton(sp => DatabaseTarget.From(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>(), sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<StoragePaths>()));
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddSingleton<AfterCommitInterceptor>();
        services.AddSingleton<ICommitFollower, OutboxDelivery>();
        services.AddSingleton<Features.Prospects.ProspectFileVersions>();
        services.AddPooledDbContextFactory<AppDbContext>((sp, options) => options
            .UseClasseCrmDatabase(sp.GetRequiredService<DatabaseTarget>())
            .AddInterceptors(sp.GetRequiredService<DatabaseTarget>().IsSqlite
                ? new Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] { sp.GetRequiredService<SqlitePragmaInterceptor>() }
                : [])
            .AddInterceptors(
                sp.GetRequiredService<AfterCommitInterceptor>(),
                sp.GetRequiredService<Features.Prospects.ProspectFileVersions>())
            // Counting with a cap (Take without OrderBy) is deliberate: the order does not change a count.
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning)));
        // One context per request or job, rented from the pool (its EF services are built once, not per request) and
        // given the scope's access rules; the DI scope gives it back at the end.
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
            sp.GetRequiredService<AfterCommitInterceptor>().Release(db);
            sp.GetRequiredService<Features.Prospects.ProspectFileVersions>().Release(db);
            return db.For(sp.GetRequiredService<AccessScope>());
        });
    }

    /// <summary>Accounts, the sign-in cookie, antiforgery, the server-side session and the sign-in throttle.</summary>
    private static void AddSignIn(IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // ≥ 8 characters, no composition rules (ANSSI/NIST advice): long passphrases are welcome.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/compte/connexion";
            options.LogoutPath = "/compte/deconnexion";
            options.AccessDeniedPath = "/erreur/403";
            options.Cookie.Name = "classecrm.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
            options.ReturnUrlParameter = "retour";
            // Every request checks the session against the account's security stamp (a password reset ends the
            // sessions at once) with one indexed read, instead of rebuilding the principal and re-issuing the cookie.
            options.Events.OnValidatePrincipal = Features.Account.SessionValidator.ValidateAsync;
            // A signed-in user who may not open a page gets a real 403 with the French error page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "classecrm.af";
            o.FormFieldName = "__RequestVerificationToken";
            // Secure over HTTPS (behind the proxy too, X-Forwarded-Proto), still usable over plain HTTP on a test machine.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Flash messages (TempData) live in a server-side session, not in a cookie: a long text kept for a form (a note
        // of 4 000 characters) would otherwise grow the cookie past what browsers and Kestrel accept (431 on every page).
        // Several app instances on one PostgreSQL database share it there (Infrastructure/Instances); a school's single
        // instance on SQLite keeps it in memory.
        services.AddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache>(sp => sp.GetRequiredService<DatabaseTarget>().IsSqlite
            ? new Microsoft.Extensions.Caching.Distributed.MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions()))
            : ActivatorUtilities.CreateInstance<Infrastructure.Instances.DatabaseDistributedCache>(sp));
        services.AddSession(o =>
        {
            o.Cookie.Name = "classecrm.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.IsEssential = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.IdleTimeout = TimeSpan.FromMinutes(30);
        });
        services.AddScoped<SignInThrottle>();
    }

    /// <summary>MVC with the French binding messages and feature-folder views, culture, request limits, HSTS and the proxy headers.</summary>
    private static void AddMvc(IServiceCollection services)
    {
        services.AddSingleton<Microsoft.AspNetCore.Mvc.DataAnnotations.IValidationAttributeAdapterProvider>(
            new Infrastructure.Validation.FrenchRequiredMessages(new Microsoft.AspNetCore.Mvc.DataAnnotations.ValidationAttributeAdapterProvider()));
        services.AddControllersWithViews(options =>
            {
                options.ModelBinderProviders.Insert(0, new Infrastructure.Binding.FlexibleDecimalModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new Infrastructure.Binding.BoundedDateModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new Infrastructure.Binding.CleanTextModelBinderProvider());
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<MustChangePasswordFilter>();
                options.Filters.Add<NotFoundInScopeFilter>();
                options.Filters.Add<Infrastructure.Binding.BadDateInAddressFilter>();
                options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
                options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, _) => $"La valeur « {value} » n'est pas valide.");
                options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
                options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "Ce champ doit être un nombre.");
                options.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
                options.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => "La valeur saisie n'est pas valide.");
                options.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
                options.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
                options.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Ce champ doit être un nombre.");
                options.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
                options.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
            })
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            })
            .AddSessionStateTempDataProvider();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Infrastructure.Formatting.French.Culture);
            o.SupportedCultures = [Infrastructure.Formatting.French.Culture];
            o.SupportedUICultures = [Infrastructure.Formatting.French.Culture];
            o.RequestCultureProviders.Clear();
        });
        // The longest text a form holds is 12 000 characters (about 110 KB once encoded): a field over 512 KB, or a body
        // over 8 MB outside the file uploads (which set their own limit), is refused with a French 400/413 page
        // (OversizedRequestMiddleware) before it costs the server memory.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = 5 * 1024 * 1024;
            o.ValueLengthLimit = 512 * 1024;
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 8 * 1024 * 1024);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Behind a reverse proxy on the same machine (README): trust its X-Forwarded-For/Proto, so the sign-in limit
        // sees the pupil's address and HTTPS is known. Only loopback proxies are trusted by default.
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    /// <summary>The outbox and its delivery, backups, and Hangfire with the recurring jobs.</summary>
    private static void AddMailAndJobs(IServiceCollection services)
    {
        services.AddScoped<Outbox>();
        services.AddScoped<StudentMailGuard>();
        services.AddScoped<IMailTransport, SmtpMailTransport>();
        services.AddScoped<DeliverOutboxMessageJob>();
        services.AddScoped<DeliverPendingMailJob>();
        services.AddScoped<DatabaseBackup>();
        services.AddClasseCrmJobs();
        services.AddHostedService<RecurringJobsRegistration>();
    }

    /// <summary>The services of each feature, the reference data they read and the demo school.</summary>
    private static void AddFeatures(IServiceCollection services)
    {
        services.AddSingleton<SeedCatalog>();
        services.AddScoped<ProspectFileGenerator>();
        services.AddScoped<ClassService>();
        services.AddScoped<ScenarioService>();
        services.AddScoped<MessagingService>();
        services.AddScoped<Features.Workspaces.WorkspaceService>();
        services.AddScoped<Features.Workspaces.TodayService>();
        services.AddScoped<Features.Prospects.ProspectService>();
        services.AddSingleton<Features.Prospects.ProspectValidator>();
        services.AddScoped<Features.Prospects.ProspectImportService>();
        services.AddScoped<Features.Prospects.ProspectImportRunner>();
        services.AddScoped<Features.Prospects.ImportProspectsJob>();
        services.AddHostedService<Features.Prospects.InterruptedImportsOnStart>();
        services.AddScoped<Features.Prospects.ProspectExportService>();
        services.AddScoped<Features.Operations.OperationService>();
        services.AddScoped<Features.Operations.OperationPlanService>();
        services.AddScoped<Features.Operations.ActivityFiguresService>();
        services.AddScoped<Features.Operations.CostSuggestionService>();
        services.AddSingleton<Features.RolePlay.RolePlayRules>();
        services.AddScoped<Features.RolePlay.RoleCardService>();
        services.AddScoped<Features.RolePlay.SoloExchangeService>();
        services.AddScoped<Features.RolePlay.PairSessionService>();
        services.AddScoped<Features.RolePlay.PairResultService>();
        services.AddScoped<Features.RolePlay.PairVisitService>();
        services.AddScoped<Features.RolePlay.PairNotifier>();
        services.AddSingleton<InstanceNotifications>();
        services.AddSingleton<Features.RolePlay.PairRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.RolePlay.PairRelay>());
        services.AddSignalR();
        services.AddScoped<Features.Mailing.MailingService>();
        services.AddScoped<Features.Visits.VisitService>();
        services.AddScoped<Features.Orders.OrderService>();
        services.AddScoped<Features.Orders.DocumentNumbers>();
        services.AddScoped<Features.Orders.InvoiceService>();
        services.AddScoped<Features.Orders.OrderApprovalService>();
        services.AddScoped<Features.Inbox.InboxService>();
        services.AddScoped<Features.Loyalty.LoyaltyService>();
        services.AddScoped<Features.Reports.ReportService>();
        services.AddScoped<Features.Syntheses.SynthesisService>();
        services.AddScoped<Features.Syntheses.SynthesisSectionsService>();
        services.AddScoped<Features.Syntheses.SynthesisAssessmentService>();
        services.AddScoped<Features.Competencies.CompetencyTracker>();
        services.AddScoped<Features.Rubrics.RubricService>();
        services.AddSingleton<ICommitFollower, Features.Reminders.ReminderJobs>();
        services.AddScoped<Features.Reminders.ReminderPlanner>();
        services.AddScoped<Features.Reminders.ReminderService>();
        services.AddScoped<Features.Reminders.FireReminderJob>();
        services.AddScoped<Features.Reminders.SweepRemindersJob>();
        services.AddScoped<Features.Reminders.DailyDigestJob>();
        services.AddSingleton<CommuneLocator>();
        services.AddSingleton<CommuneDirectory>();
        services.AddScoped<TeacherAccountService>();
        services.AddScoped<Features.Schools.SchoolService>();
        services.AddDemoSchool();
    }

    public static WebApplication UseClasseCrm(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseExceptionHandler("/erreur");
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseMiddleware<Infrastructure.Security.OversizedRequestMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NoStoreDownloadsMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<Infrastructure.Data.RequestConnectionMiddleware>();
        app.UseSession();
        app.UseAuthentication();
        app.UseMiddleware<AccessScopeMiddleware>();
        app.UseAuthorization();
        app.UseClasseCrmJobsDashboard();
        app.MapHealthChecks("/sante", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapControllers();
        app.MapHub<Features.RolePlay.PairHub>(Features.RolePlay.PairHub.Path);
        return app;
    }
}
