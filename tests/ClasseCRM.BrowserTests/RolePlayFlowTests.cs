using ClasseCRM.BrowserTests.Support;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.RolePlay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>
/// Solo role play on a small screen (1 024 × 768), as a pupil plays it: from the phoning page, « Appeler avec le
/// simulateur », each objection answered with a technique and a sentence, the RDV logged; then the teacher reads the
/// exchange and the card. Nothing wider than the window; screenshots of each screen.
/// </summary>
public sealed class RolePlayFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Student_PlaysACallWithTheSimulator_UpToARdv_TheTeacherReadsIt()
    {
        var target = await browser.App.WithDbAsync(db => db.Operations
            .Where(o => o.Channel == ClasseCRM.Web.Domain.Contacting.Channel.Phone && db.WorkspaceMembers.Any(m => m.WorkspaceId == o.WorkspaceId && m.Student!.UserName == "eleve10"))
            .OrderBy(o => o.Id).Select(o => new { o.Id, ClassId = db.Workspaces.Where(w => w.Id == o.WorkspaceId).Select(w => w.ClassId).First() }).FirstAsync());
        var (operation, classId) = (target.Id, target.ClassId);
        await browser.App.WithDbAsync(async db =>
        {
            var c = await db.Classes.FirstAsync(c => c.Id == classId);
            (c.PracticeWrongNumberPercent, c.PracticeNoAnswerPercent, c.PracticeGatekeeperPercent, c.PracticeAbsentPercent, c.PracticeReachedPercent) = (0, 0, 0, 0, 100);
            return await db.SaveChangesAsync();
        });
        var table = browser.App.Services.GetRequiredService<RolePlayRules>().Table;

        var page = await browser.SignInAsync("eleve10");
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync($"{browser.BaseUrl}/operations/{operation}/phoning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Appeler avec le simulateur" }).ClickAsync();
        await page.Locator("#objection-courante").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-objection-1024x768.png"), FullPage = true });
        var id = int.Parse(page.Url.Split('/').Last().Split('#')[0], System.Globalization.CultureInfo.InvariantCulture);

        for (var turn = 1; turn < 10; turn++)
        {
            var session = await browser.App.WithDbAsync(db => db.RolePlaySessions.AsNoTracking().FirstAsync(s => s.Id == id));
            if (session.IsFinished)
            {
                break;
            }
            var technique = RolePlayLabels.Techniques.First(t => table.For(session.Objections[session.Index].Type, t) == Reaction.Advance);
            await page.Locator($"label[for='technique-{technique}']").ClickAsync();
            await page.GetByLabel("Ce que vous répondez").FillAsync($"Réponse {turn} : je comprends, voyons ce qui compte pour vous.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Répondre" }).ClickAsync();
            await page.Locator("#echange").WaitForAsync();
        }
        await page.Locator("#resultat").WaitForAsync();
        Assert.Contains("RDV obtenu", await page.Locator("#resultat").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-rdv-1024x768.png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"La page fait {widths[0]} px pour une fenêtre de {widths[1]} px.");
        var call = await browser.App.WithDbAsync(db => db.RolePlaySessions.Where(s => s.Id == id).Select(s => s.Call!).FirstAsync());
        Assert.Equal((CallOutcome.AppointmentMade, CallMode.Simulator), (call.Outcome, call.Mode));

        var teacher = await browser.SignInAsync("prof.martin");
        await teacher.SetViewportSizeAsync(1024, 768);
        await teacher.GotoAsync($"{browser.BaseUrl}/jeu-de-role");
        Assert.Equal("Jeu de rôle", (await teacher.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await teacher.Locator($"a[href='/jeu-de-role/classes/{classId}/profil']").IsVisibleAsync());
        await teacher.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-enseignant-1024x768.png"), FullPage = true });
        await teacher.GotoAsync($"{browser.BaseUrl}/jeu-de-role/echanges/{id}");
        Assert.True(await teacher.Locator("#carte-revelee").IsVisibleAsync());
        await teacher.Locator("#carte-revelee").ScrollIntoViewIfNeededAsync();
        var cards = await browser.App.WithDbAsync(db => db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == "eleve10")).Select(w => w.Id).FirstAsync());
        await teacher.GotoAsync($"{browser.BaseUrl}/jeu-de-role/cartes?espace={cards}");
        await teacher.Locator("#cartes tbody a").First.ClickAsync();
        await teacher.Locator("form#carte").WaitForAsync();
        await teacher.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "jeu-de-role-carte-1024x768.png"), FullPage = true });
        var cardWidths = await teacher.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(cardWidths[0] <= cardWidths[1], $"La carte fait {cardWidths[0]} px pour une fenêtre de {cardWidths[1]} px.");
    }
}
