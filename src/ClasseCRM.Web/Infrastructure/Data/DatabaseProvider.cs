namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>The database the app runs on: the embedded SQLite file of one school, or a PostgreSQL server for an académie.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
