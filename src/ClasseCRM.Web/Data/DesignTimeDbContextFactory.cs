using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClasseCRM.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the app, for the provider named by the
/// environment variable <c>CLASSECRM_DB_PROVIDER</c> (<c>Sqlite</c>, the default, or <c>PostgreSql</c>): each provider has
/// its own chain of migrations (README, « Base PostgreSQL »). No server is needed to add a migration.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public const string ProviderVariable = "CLASSECRM_DB_PROVIDER";

    public AppDbContext CreateDbContext(string[] args)
    {
        var provider = Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var chosen)
            ? chosen
            : DatabaseProvider.Sqlite;
        var target = provider == DatabaseProvider.PostgreSql
            ? new DatabaseTarget(provider, Environment.GetEnvironmentVariable("CLASSECRM_DB_CONNECTION") ?? "Host=localhost;Database=classecrm")
            : new DatabaseTarget(provider, "Data Source=design.db");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseClasseCrmDatabase(target);
        return new AppDbContext(options.Options).For(new AccessScope(new HttpContextAccessor()));
    }
}
