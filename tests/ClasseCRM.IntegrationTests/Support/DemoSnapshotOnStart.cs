using ClasseCRM.Web.Infrastructure.Data;
using ClasseCRM.Web.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>
/// Registered first among the hosted services of the app that seeds a situation's demo, and run at the very start of
/// the host (StartingAsync, before any hosted service starts): Program has migrated and seeded by then, and no job
/// server, recurring-job registration or request has touched the files yet; that state becomes the template.
/// </summary>
internal sealed class DemoSnapshotOnStart(DemoTemplate template, StoragePaths paths, DatabaseTarget target) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            template.Publish(paths, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or Npgsql.NpgsqlException)
        {
            // No template: this app goes on as before, and the next app of the situation seeds on its own.
            template.Abandon();
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
