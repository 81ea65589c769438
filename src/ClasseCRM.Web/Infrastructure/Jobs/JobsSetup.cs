using ClasseCRM.Web.Infrastructure.Hosting;
using Hangfire;
using Hangfire.AspNetCore;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire with the storage of the database provider (<see cref="JobStorageChoice"/>) and one server in the app process. The storage and the job
/// activator are registered per application rather than through Hangfire's static globals, so two apps in one process
/// (tests) never share them. Which recurring jobs run is the composition root's choice (RecurringJobsRegistration): the
/// jobs belong to their features.
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddClasseCrmJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobStorage>(sp =>
        {
            // This app's Hangfire settings (log provider included) must be in place before the storage logs anything.
            sp.GetRequiredService<IGlobalConfiguration>();
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            return JobStorageChoice.Create(sp.GetRequiredService<DatabaseTarget>(), sp.GetRequiredService<StoragePaths>(), jobs);
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogBridge(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((sp, o) =>
        {
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            o.WorkerCount = jobs.WorkerCount;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(jobs.PollingSeconds);
            o.ServerName = $"classecrm-{Environment.MachineName}-{Guid.NewGuid():N}"[..40];
        });
        return services;
    }

    public static void UseClasseCrmJobsDashboard(this IApplicationBuilder app) =>
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            // Read-only: no « Supprimer » nor « Mettre en file » in the dashboard. A failed job is retried from /admin/taches,
            // the one action an administrator needs (Hangfire has no setting that keeps only « retry »).
            IsReadOnlyFunc = _ => true,
            DashboardTitle = "ClasseCRM — tâches planifiées",
            AppPath = "/admin",
            DisplayStorageConnectionString = false,
        }, app.ApplicationServices.GetRequiredService<JobStorage>());
}
