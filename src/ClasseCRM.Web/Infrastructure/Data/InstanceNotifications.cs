using Npgsql;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Short messages between the app instances that share one PostgreSQL database (LISTEN / NOTIFY on one channel), for
/// what lives in one process: a live push to the browsers connected to another instance. With SQLite there is one
/// instance: <see cref="AreShared"/> is false and nothing goes through the database.
/// </summary>
public sealed class InstanceNotifications(DatabaseTarget target, ILogger<InstanceNotifications> logger)
{
    public const string Channel = "classecrm_live";

    /// <summary>True when several instances may share the database (PostgreSQL): messages must go through it.</summary>
    public bool AreShared => !target.IsSqlite;

    /// <summary>Sends a message to every instance, this one included (its listener receives it too).</summary>
    public async Task NotifyAsync(string payload, CancellationToken ct)
    {
        await using var connection = await target.PostgreSqlSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Receives the messages until <paramref name="ct"/> ends, on a connection of its own; a lost connection is opened
    /// again a second later (a message sent meanwhile is lost: a live push only saves a reload).
    /// </summary>
    public async Task ListenAsync(Func<string, Task> onMessage, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                // Not pooled: the pool's connections are not reset when they go back (DatabaseTarget), and this one listens.
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
                await connection.OpenAsync(ct);
                var received = new List<string>();
                connection.Notification += (_, e) => received.Add(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }
                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                    foreach (var payload in received)
                    {
                        await onMessage(payload);
                    }
                    received.Clear();
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ObjectDisposedException)
            {
                logger.LogWarning(ex, "Instance notifications: the listening connection was lost; listening again in a second");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
