using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo school's two entry points for the composition root: its services, and when it is seeded (DESIGN.md « Demo
/// school »): with Demo:Seed, by default in Development only, and only into a database that has no user yet
/// (DatabaseInitializer checks that).
/// </summary>
public static class DemoStartup
{
    public static IServiceCollection AddDemoSchool(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddScoped<SchoolStory>();
        services.AddScoped<ProspectActivityStory>();
        services.AddScoped<PhoningStory>();
        services.AddScoped<RolePlayStory>();
        services.AddScoped<PairRolePlayStory>();
        services.AddScoped<PairVisitStory>();
        services.AddScoped<EmailingAndToursStory>();
        services.AddScoped<OrdersAndLoyaltyStory>();
        services.AddScoped<SynthesesStory>();
        services.AddScoped<OperationPlanStory>();
        services.AddScoped<DemoSchoolSeeder>();
        return services;
    }

    /// <summary>The demo school's seeding when demo mode is on, for DatabaseInitializer; null when it is off.</summary>
    public static Func<IServiceProvider, CancellationToken, Task>? SeedingFor(IServiceProvider services, IHostEnvironment environment) =>
        services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed ?? environment.IsDevelopment() ? SeedAsync : null;

    private static async Task SeedAsync(IServiceProvider scoped, CancellationToken ct)
    {
        await scoped.GetRequiredService<DemoSchoolSeeder>().SeedAsync(ct);
        scoped.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoStartup)).LogInformation("École de démonstration créée.");
    }
}
