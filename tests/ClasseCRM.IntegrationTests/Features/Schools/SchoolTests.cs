using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Schools;

/// <summary>
/// A school's own installation is one établissement (issue 20, item 5): everything belongs to it, its administrator
/// corrects its name, UAI and town (the cover of the students' documents follows), and runs the installation.
/// </summary>
public sealed class SchoolTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task DemoSchool_IsOneSchool_EveryAccountClassAndMessageBelongsToIt()
    {
        var (schools, orphanUsers, orphanClasses, orphanMessages) = await app.WithDbAsync(async db => (
            await db.Schools.Select(s => s.Uai).ToListAsync(),
            await db.Users.CountAsync(u => u.SchoolId == null),
            await db.Classes.CountAsync(c => c.SchoolId == null),
            await db.OutboxMessages.CountAsync(m => m.SchoolId == null)));

        // One établissement (its UAI may have been corrected by the test below: the fixture is shared).
        Assert.Single(schools);
        Assert.Equal((0, 0, 0), (orphanUsers, orphanClasses, orphanMessages));
        var admin = await app.AsAsync("admin");
        Assert.NotNull((await admin.GetDocumentAsync("/admin")).QuerySelector("a[href='/admin/jobs']"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/taches")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CorrectsTheSchool_BadUaiKeepsWhatWasTyped_TheCoverFollows()
    {
        var admin = await app.AsAsync("admin");

        var bad = await (await admin.PostFormAsync("/admin/etablissement", new() { ["Name"] = "Lycée Jean-Moulin", ["Uai"] = "0299990C", ["City"] = "Quimper" })).ReadDocumentAsync();
        Assert.Contains("ne correspond pas à ses chiffres (attendu : 0299990B)", bad.Text(), StringComparison.Ordinal);
        Assert.Equal("Lycée Jean-Moulin", bad.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal(SchoolStory.DemoUai, await app.WithDbAsync(db => db.Schools.Select(s => s.Uai).SingleAsync()));
        var empty = await (await admin.PostFormAsync("/admin/etablissement", new() { ["Name"] = " ", ["Uai"] = "", ["City"] = "" })).TextAsync();
        Assert.Contains("Saisissez le nom de l'établissement.", empty, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync("/admin/etablissement", new() { ["Name"] = "Lycée professionnel Jean-Moulin", ["Uai"] = " 0290001" + Uai.CheckLetter("0290001") + " ", ["City"] = "Quimper" });

        saved.AssertRedirectsTo("/admin");
        var school = await app.WithDbAsync(db => db.Schools.SingleAsync());
        Assert.Equal(("Lycée professionnel Jean-Moulin", "0290001" + Uai.CheckLetter("0290001")), (school.Name, school.Uai));
        var client = await app.AsAsync("eleve12");
        var (_, id) = await Syntheses.SynthesisTests.PrepareAsync(client, "Compte rendu de l'établissement renommé");
        var cover = (await client.GetDocumentAsync($"/syntheses/{id}")).QuerySelectorAll("#page-de-garde dt").Single(dt => dt.TextContent.Contains("Établissement", StringComparison.Ordinal));
        Assert.Equal("Lycée professionnel Jean-Moulin", cover.NextElementSibling!.TextContent.Trim());
    }

    [Fact]
    public async Task SchoolPage_IsTheAdministrators_NotATeachersNorAStudents()
    {
        foreach (var user in new[] { "prof.martin", "eleve1" })
        {
            var client = await app.AsAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/etablissement")).StatusCode);
            var token = await client.TokenAsync("/compte/mot-de-passe");
            var post = await client.PostAsync("/admin/etablissement", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Name", "Piraté")]));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
        Assert.NotEqual("Piraté", await app.WithDbAsync(db => db.Schools.Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task DatabaseFromBeforeSchools_AttachesToItsOnlySchool_ButNotWhenThereAreTwo()
    {
        var martin = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "prof.martin").Select(u => u.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == martin).ExecuteUpdateAsync(s => s.SetProperty(u => u.SchoolId, (int?)null));
            return await db.Classes.Where(c => c.TeacherId == martin).ExecuteUpdateAsync(s => s.SetProperty(c => c.SchoolId, (int?)null));
        });

        var attached = await app.WithDbAsync(db => SchoolBootstrap.AttachOrphansAsync(db, CancellationToken.None));

        Assert.Equal(2, attached);
        var only = await app.WithDbAsync(db => db.Schools.Select(s => s.Id).SingleAsync());
        Assert.Equal(only, await app.WithDbAsync(db => db.Users.Where(u => u.Id == martin).Select(u => u.SchoolId).SingleAsync()));

        // With a second établissement, an account without one is not guessed into either.
        await app.WithDbAsync(async db =>
        {
            db.Schools.Add(new School { Name = "Autre lycée", CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return await db.Users.Where(u => u.Id == martin).ExecuteUpdateAsync(s => s.SetProperty(u => u.SchoolId, (int?)null));
        });
        Assert.Equal(0, await app.WithDbAsync(db => SchoolBootstrap.AttachOrphansAsync(db, CancellationToken.None)));
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == martin).ExecuteUpdateAsync(s => s.SetProperty(u => u.SchoolId, only));
            return await db.Schools.Where(s => s.Id != only).ExecuteDeleteAsync();
        });
    }
}
