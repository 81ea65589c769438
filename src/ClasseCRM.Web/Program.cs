using ClasseCRM.Web;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Infrastructure.Hosting;

var contentRoot = ContentRootLocator.Find();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = contentRoot,
    WebRootPath = Path.Combine(contentRoot, "wwwroot"),
});

builder.Services.AddClasseCrm();

var app = builder.Build();
// Migrations and reference data, then the demo school when demo mode is on and the database has no user yet.
await app.Services.InitializeDatabaseAsync(DemoStartup.SeedingFor(app.Services, app.Environment), app.Lifetime.ApplicationStopping);
app.UseClasseCrm();
await app.RunAsync();

/// <summary>The entry point, public so that tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
