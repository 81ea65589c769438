using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClasseCRM.Web.Infrastructure.Health;

/// <summary>The application database answers a real query (one that needs the schema, not just an open file).</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Users.AsNoTracking().Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy("Base de données joignable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Base de données injoignable.");
        }
    }
}
