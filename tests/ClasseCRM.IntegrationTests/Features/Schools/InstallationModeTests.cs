using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Schools;

/// <summary>
/// Once an académie, always one (review of issue 20, item 5): an operator account in the database keeps the installation
/// académique when the configuration no longer names it, so a lycée's administrator does not get back the installation's
/// pages (the backup holds every lycée's data).
/// </summary>
public sealed class InstallationModeTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task OperatorAccountInTheDatabase_KeepsTheInstallationsPagesFromTheAdministrator_WithoutItsSetting()
    {
        var admin = await app.AsAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/sauvegarde")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var account = new AppUser { UserName = "operateur.ancien", FirstName = "Opérateur", CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(account, TestApp.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(account, Roles.Operator);
            // What the next start reads (DatabaseInitializer), without Academie:OperatorUserName in this app's settings.
            await app.Services.GetRequiredService<InstallationMode>().DetectAsync(users);
        }

        Assert.True(app.Services.GetRequiredService<InstallationMode>().IsAcademie);
        foreach (var page in new[] { "/admin/sauvegarde", "/admin/taches", "/admin/parametres", "/admin/jobs" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(page)).StatusCode);
        }
        var operatorClient = await app.SignInAsync("operateur.ancien");
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/admin/sauvegarde")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/academie")).StatusCode);
    }
}
