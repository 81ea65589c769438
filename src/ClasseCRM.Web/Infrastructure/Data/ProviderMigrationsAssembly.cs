using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
#pragma warning disable EF1001 // MigrationsAssembly is EF's own implementation, extended rather than copied.
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// One project holds a chain of migrations per provider (<c>Data/Migrations/Sqlite</c>, <c>Data/Migrations/PostgreSql</c>),
/// each with its own snapshot: EF sees only the chain and the snapshot of the provider in use, at run time as in
/// <c>dotnet ef</c> (the design-time factory picks the provider from CLASSECRM_DB_PROVIDER).
/// </summary>
public sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    public const string RootNamespace = "ClasseCRM.Web.Data.Migrations";

    private readonly string providerNamespace;
    private readonly Type contextType;
    private IReadOnlyDictionary<string, TypeInfo>? migrations;
    private ModelSnapshot? snapshot;
    private bool snapshotRead;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : base(currentContext, options, idGenerator, logger)
    {
        providerNamespace = NamespaceOf(currentContext.Context.Database);
        contextType = currentContext.Context.GetType();
    }

    /// <summary>The namespace of a provider's migrations: <c>…Data.Migrations.Sqlite</c> or <c>…Data.Migrations.PostgreSql</c>.</summary>
    public static string NamespaceOf(DatabaseFacade database) =>
        $"{RootNamespace}.{(database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite)}";

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        migrations ??= base.Migrations.Where(m => m.Value.Namespace == providerNamespace)
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!snapshotRead)
            {
                snapshot = Assembly.GetTypes()
                    .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(ModelSnapshot)) && t.Namespace == providerNamespace
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
                    .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
                    .FirstOrDefault();
                snapshotRead = true;
            }
            return snapshot;
        }
    }
}
