using ClasseCRM.Web.Infrastructure.Hosting;
using ClasseCRM.Web.Infrastructure.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Where Hangfire keeps its jobs: its own SQLite file beside the database (App_Data/hangfire.db) on SQLite, the schema
/// <c>hangfire</c> of the same PostgreSQL database on PostgreSQL (created at first start; shared by every app instance).
/// </summary>
public static class JobStorageChoice
{
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorage Create(DatabaseTarget target, StoragePaths paths, JobsOptions jobs)
    {
        var poll = TimeSpan.FromSeconds(jobs.PollingSeconds);
        if (target.IsSqlite)
        {
            return SqliteJobStorageFactory.Create(paths.JobsDatabasePath, new SQLiteStorageOptions { QueuePollInterval = poll });
        }
        var options = new PostgreSqlStorageOptions
        {
            QueuePollInterval = poll,
            SchemaName = PostgreSqlSchema,
            PrepareSchemaIfNecessary = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(target.ConnectionString, options), options);
    }
}
