using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// When the demo school is seeded (DESIGN.md « Demo school »): with Demo:Seed, by default in Development only, and only
/// into a database that has no user yet (DatabaseInitializer checks that). Called by the composition root, Program.cs.
/// </summary>
public static class DemoStartup
{
    /// <summary>The demo school's seeding when demo mode is on, for DatabaseInitializer; null when it is off.</summary>
    public static Func<IServiceProvider, CancellationToken, Task>? SeedingFor(IServiceProvider services, IHostEnvironment environment) =>
        services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed ?? environment.IsDevelopment() ? SeedAsync : null;

    private static async Task SeedAsync(IServiceProvider scoped, CancellationToken ct)
    {
        await scoped.GetRequiredService<DemoSchoolSeeder>().SeedAsync(ct);
        scoped.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoStartup)).LogInformation("École de démonstration créée.");
    }
}
