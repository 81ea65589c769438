namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// <c>Database:Provider</c>: <see cref="DatabaseProvider.Sqlite"/> (default, the file under Storage:DataDirectory, nothing
/// to install) or <see cref="DatabaseProvider.PostgreSql"/>, whose server is named by <c>ConnectionStrings:ClasseCrm</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The connection string's name under <c>ConnectionStrings</c> (PostgreSQL only).</summary>
    public const string ConnectionStringName = "ClasseCrm";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
