using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClasseCRM.Web.Infrastructure.Health;

/// <summary>The job storage answers: Hangfire can read its servers list.</summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = storage.GetMonitoringApi().Servers();
            return Task.FromResult(HealthCheckResult.Healthy("Stockage des tâches joignable."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Stockage des tâches injoignable."));
        }
    }
}
