using ClasseCRM.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>axe-core scans of the pages everyone sees first: no serious or critical violation.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}\n" + string.Join("\n", serious));
    }

    [Fact]
    public async Task SignInPage_HasNoSeriousViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/compte/connexion");

        await AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task StudentHome_HasNoSeriousViolations()
    {
        var page = await browser.SignInAsync("eleve3");

        await AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/classes")]
    [InlineData("/scenarios")]
    [InlineData("/messagerie")]
    [InlineData("/a-traiter")]
    public async Task TeacherPages_HaveNoSeriousViolations(string path)
    {
        var page = await browser.SignInAsync("prof.durand");
        await page.GotoAsync(browser.BaseUrl + path);

        await AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/rapports")]
    [InlineData("/fidelisation")]
    [InlineData("/commandes")]
    [InlineData("/operations")]
    public async Task StudentPages_HaveNoSeriousViolations(string path)
    {
        var page = await browser.SignInAsync("eleve3");
        await page.GotoAsync(browser.BaseUrl + path);

        await AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task SynthesisAssessmentRubricAndTrackerPages_HaveNoSeriousViolations()
    {
        // eleve1's assessed synthesis (with its charts) as the student; a waiting one as the teacher, with the assessment form.
        var student = await browser.SignInAsync("eleve1");
        await student.GotoAsync(browser.BaseUrl + "/syntheses");
        await student.Locator("main table a[href^='/syntheses/']").First.ClickAsync();
        await student.Locator("#phone-graphique-entonnoir[data-chart-ready]").WaitForAsync();
        await AssertNoSeriousViolationsAsync(student);

        // eleve1's is assessed: the teacher opens the first document still waiting, with the assessment form.
        var teacher = await browser.SignInAsync("prof.martin");
        await teacher.GotoAsync(browser.BaseUrl + "/a-traiter");
        await teacher.Locator("#documents a").First.ClickAsync();
        await teacher.Locator("#level-0-ne").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await AssertNoSeriousViolationsAsync(teacher);

        await teacher.GotoAsync(browser.BaseUrl + "/classes");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "1re MCV B" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Référentiel et grille" }).ClickAsync();
        await teacher.Locator("[id='criteres-B4.4']").WaitForAsync();
        await AssertNoSeriousViolationsAsync(teacher);

        await teacher.GetByRole(AriaRole.Link, new() { Name = "1re MCV B" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Suivi des compétences" }).ClickAsync();
        await teacher.Locator("#suivi-competences").WaitForAsync();
        await AssertNoSeriousViolationsAsync(teacher);
    }

    [Fact]
    public async Task ClassDashboardWithBinomes_HasNoSeriousViolations()
    {
        // prof.durand's class works in binômes: each workspace's row has a line per member under it.
        var teacher = await browser.SignInAsync("prof.durand");
        await teacher.GotoAsync(browser.BaseUrl + "/classes");
        var links = await teacher.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var classPage = links.First(h => System.Text.RegularExpressions.Regex.IsMatch(h, "^/classes/[0-9]+$"));
        await teacher.GotoAsync(browser.BaseUrl + classPage + "/tableau-de-bord");
        await teacher.Locator("#tableau-classe tr.binome-membre").First.WaitForAsync();
        Assert.True(await teacher.Locator("#tableau-classe tr.binome-membre").CountAsync() >= 2);
        await AssertNoSeriousViolationsAsync(teacher);
    }

    [Fact]
    public async Task AdminHome_HasNoSeriousViolations()
    {
        var page = await browser.SignInAsync("admin");

        await AssertNoSeriousViolationsAsync(page);
    }
}
