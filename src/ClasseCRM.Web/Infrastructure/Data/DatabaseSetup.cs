using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The provider seam: the one place that calls <c>UseSqlite</c> or <c>UseNpgsql</c>. Both get the same options, and the
/// migrations of the chosen provider only (<see cref="ProviderMigrationsAssembly"/>).
/// </summary>
public static class DatabaseSetup
{
    /// <summary>
    /// Dates are stored as UTC by the app itself (…Utc columns) and read back without a kind, as on SQLite: PostgreSQL
    /// keeps them in « timestamp without time zone » columns, and Npgsql does not refuse a DateTime of either kind. Npgsql
    /// reads the switch once, at its first use (the job storage's or a test's may come before the first context): it is
    /// set when this assembly loads.
    /// </summary>
#pragma warning disable CA2255 // The switch must be set before any Npgsql use, whoever hosts the app (Program or the tests).
    [ModuleInitializer]
    internal static void UseTimestampsWithoutTimeZone() => AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);
#pragma warning restore CA2255

    public static DbContextOptionsBuilder UseClasseCrmDatabase(this DbContextOptionsBuilder options, DatabaseTarget target)
    {
        // A list of ids (the access scope on every query) goes to the database as one parameter (JSON on SQLite, an array
        // on PostgreSQL): the SQL text stays the same whatever the list's length, so EF builds it once and caches it.
        // Expanded into one parameter per id (EF's default), each query's SQL was rebuilt on every execution.
        _ = target.Provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(target.PostgreSqlSource, o => o
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            _ => options.UseSqlite(target.ConnectionString,
                o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
        };
        return options.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, ProviderMigrationsAssembly>()
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
    }
}
