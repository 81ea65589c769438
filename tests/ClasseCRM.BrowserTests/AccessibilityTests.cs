using ClasseCRM.BrowserTests.Support;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>axe-core scans of the pages everyone sees first: no serious or critical violation; the layout on a tablet and a phone.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignInPage_HasNoSeriousViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/compte/connexion");

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// Issue 18: every page reachable from each role's menu (the Hangfire dashboard excepted), read from the menu itself so
    /// that a new entry is scanned too; one sign-in per role, the pages in a loop.
    /// </summary>
    [Fact]
    public async Task EveryMenuPage_OfEachRole_HasNoSeriousViolations()
    {
        var failures = new List<string>();
        foreach (var user in new[] { "eleve3", "prof.durand", "admin" })
        {
            var page = await browser.SignInAsync(user);
            var links = await PageLayout.MenuLinksAsync(page);
            Assert.True(links.Count >= 4, $"{user}: {string.Join(", ", links)}");
            foreach (var link in links.Where(l => l != "/admin/jobs"))
            {
                await page.GotoAsync(browser.BaseUrl + link);
                failures.AddRange(await Axe.SeriousViolationsAsync(page, $"{user} {link} — "));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Issue 18: no page of the student's menu scrolls sideways on a tablet in landscape (1 024 × 768) or a phone
    /// (390 × 844); the menu is collapsed there, and opened it fits too. The current menu item says so (aria-current).
    /// </summary>
    [Fact]
    public async Task StudentMenuPages_NoSidewaysScroll_At1024And390()
    {
        var page = await browser.SignInAsync("eleve1");
        var links = await PageLayout.MenuLinksAsync(page);
        var wide = new List<string>();
        foreach (var (width, height) in new[] { (1024, 768), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var link in links)
            {
                await page.GotoAsync(browser.BaseUrl + link);
                Assert.False(await page.Locator("#menu").IsVisibleAsync(), $"{link} at {width}px: the menu is collapsed below 1 200 px.");
                var (scroll, inner) = await PageLayout.WidthsAsync(page);
                if (scroll > inner)
                {
                    wide.Add($"{link} at {width}px: {scroll}px wide for {inner}px — {await TooWideAsync(page)}");
                }
                Assert.Equal("page", await page.Locator($"#menu a[href='{link}']").GetAttributeAsync("aria-current"));
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher le menu" }).ClickAsync();
            await page.Locator("#menu.show").WaitForAsync();
            var (openScroll, openInner) = await PageLayout.WidthsAsync(page);
            Assert.True(openScroll <= openInner, $"The opened menu at {width}px: {openScroll}px wide for {openInner}px — {await TooWideAsync(page)}");
        }
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    /// <summary>
    /// The student's menu is one line on a 1 280 px screen (it took two: 96 px high), name and « Se déconnecter »
    /// included; below 1 200 px it is collapsed behind « Afficher le menu », as before.
    /// </summary>
    [Fact]
    public async Task StudentMenu_IsOneLineAt1280_AndCollapsesBelow1200()
    {
        var page = await browser.SignInAsync("eleve1");
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync(browser.BaseUrl + "/");

        var bar = await page.EvaluateAsync<int[]>(@"() => {
            const links = [...document.querySelectorAll('#menu .nav-link')].filter(l => l.offsetParent);
            const tops = new Set(links.map(l => Math.round(l.getBoundingClientRect().top)));
            return [links.length, tops.size, Math.round(document.querySelector('.navbar-ccrm').getBoundingClientRect().height),
                Math.round(Math.max(...links.map(l => l.getBoundingClientRect().height)))];
        }");
        Assert.True(bar[0] >= 11, $"{bar[0]} menu links seen");
        Assert.True(bar[1] == 1, $"At 1 280 px the menu's links stand on {bar[1]} lines.");
        Assert.True(bar[2] < 2 * bar[3], $"At 1 280 px the bar is {bar[2]} px high for links of {bar[3]} px: more than one line.");
        var (scroll, inner) = await PageLayout.WidthsAsync(page);
        Assert.True(scroll <= inner, $"1 280 px: {scroll}px wide for {inner}px — {await TooWideAsync(page)}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-menu-1280.png") });

        await page.SetViewportSizeAsync(1199, 800);
        Assert.False(await page.Locator("#menu").IsVisibleAsync(), "Below 1 200 px the menu is collapsed.");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Afficher le menu" }).IsVisibleAsync());
    }

    /// <summary>On a tablet (1 024 × 768) the prospect card's « Qualifier » button keeps its word whole (it read « Enregistre / r »).</summary>
    [Fact]
    public async Task ProspectCard_QualifyButton_IsOneLineOnATablet()
    {
        var id = await browser.App.WithDbAsync(db => db.Prospects
            .Where(p => db.WorkspaceMembers.Any(m => m.WorkspaceId == p.WorkspaceId && m.Student!.UserName == "eleve1") && !p.IsAnonymised)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var page = await browser.SignInAsync("eleve1");
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync($"{browser.BaseUrl}/prospects/{id}");

        var lines = await page.Locator("form[action$='/statut'] button[type=submit]").EvaluateAsync<int>(@"b => {
            const range = document.createRange();
            range.selectNodeContents(b);
            return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
        }");
        Assert.Equal(1, lines);
        Assert.Equal("Enregistrer", (await page.Locator("form[action$='/statut'] button[type=submit]").InnerTextAsync()).Trim());
    }

    /// <summary>A pupil of a class given a second scenario chooses the workspace in the bar: the list keeps its text at any width.</summary>
    [Fact]
    public async Task WorkspaceSwitcher_KeepsItsText_InTheWideBarAndTheCollapsedMenu()
    {
        using (var teacher = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(browser.BaseUrl) })
        {
            (await teacher.PostFormAsync("/compte/connexion", new() { ["UserName"] = "prof.durand", ["Password"] = TestApp.DemoPassword })).AssertRedirectsTo("/");
            var (classId, scenario) = await browser.App.WithDbAsync(async db => (
                await db.Classes.Where(c => c.Name == "Tle MCV B").Select(c => c.Id).FirstAsync(),
                await db.Scenarios.Where(s => s.SourceKey == "habitat-confort" && s.OwnerId == null).Select(s => s.Id).FirstAsync()));
            (await teacher.PostFormAsync($"/classes/{classId}/distribuer", new() { ["ScenarioId"] = $"{scenario}" }, $"/classes/{classId}/distribuer")).AssertRedirectsTo($"/classes/{classId}");
        }
        var student = await browser.App.WithDbAsync(db => db.Users.Where(u => db.WorkspaceMembers.Count(m => m.StudentId == u.Id) >= 2).Select(u => u.UserName!).OrderBy(n => n).FirstAsync());
        var page = await browser.SignInAsync(student);
        foreach (var width in new[] { 1366, 1280, 1200 })
        {
            await page.SetViewportSizeAsync(width, 768);
            var shown = await SwitcherAsync(page);
            Assert.True(shown == "ok", $"{width}px: {shown}");
            var (scroll, inner) = await PageLayout.WidthsAsync(page);
            Assert.True(scroll <= inner, $"{width}px: {scroll}px wide for {inner}px");
        }
        await page.SetViewportSizeAsync(1024, 768);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher le menu" }).ClickAsync();
        await page.Locator("#menu.show").WaitForAsync();
        Assert.Equal("ok", await SwitcherAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-menu-1024-espaces.png") });
    }

    /// <summary>The addresses of the header menu's links (the account and sign-out entries excepted).</summary>
    /// <summary>The elements that reach past the window's right edge (outside a scrolling table), to say what is too wide.</summary>
    private static async Task<string> TooWideAsync(IPage page) => string.Join("; ", await page.EvaluateAsync<string[]>(@"() => {
        const width = window.innerWidth, wide = [];
        for (const el of document.querySelectorAll('body *')) {
            if (el.parentElement.closest('.table-responsive')) continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > width + 0.5) wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}px`);
        }
        return wide.slice(0, 8);
    }"));

    /// <summary>The switcher's list is visible and wide enough for the chosen workspace's name: "ok", or what is wrong.</summary>
    private static Task<string> SwitcherAsync(IPage page) => page.EvaluateAsync<string>(@"() => {
        const select = document.getElementById('espace');
        if (!select) return 'no switcher';
        const r = select.getBoundingClientRect();
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:' + getComputedStyle(select).font;
        probe.textContent = select.options[select.selectedIndex].text;
        document.body.appendChild(probe);
        const text = probe.getBoundingClientRect().width;
        probe.remove();
        return r.width >= text + 24 && r.right <= window.innerWidth ? 'ok' : `select ${Math.round(r.width)}px for a text of ${Math.round(text)}px, right ${Math.round(r.right)}`;
    }");

    [Fact]
    public async Task SynthesisAssessmentRubricAndTrackerPages_HaveNoSeriousViolations()
    {
        // eleve1's assessed synthesis (with its charts) as the student; a waiting one as the teacher, with the assessment form.
        var student = await browser.SignInAsync("eleve1");
        await student.GotoAsync(browser.BaseUrl + "/syntheses");
        await student.Locator("main table a[href^='/syntheses/']").First.ClickAsync();
        await student.Locator("#phone-graphique-entonnoir[data-chart-ready]").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(student);

        // eleve1's is assessed: the teacher opens the first document still waiting, with the assessment form.
        var teacher = await browser.SignInAsync("prof.martin");
        await teacher.GotoAsync(browser.BaseUrl + "/a-traiter");
        await teacher.Locator("#documents a").First.ClickAsync();
        await teacher.Locator("#level-0-ne").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Axe.AssertNoSeriousViolationsAsync(teacher);

        await teacher.GotoAsync(browser.BaseUrl + "/classes");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "1re MCV B" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Référentiel et grille" }).ClickAsync();
        await teacher.Locator("[id='criteres-B4.4']").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(teacher);

        await teacher.GetByRole(AriaRole.Link, new() { Name = "1re MCV B" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Suivi des compétences" }).ClickAsync();
        await teacher.Locator("#suivi-competences").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(teacher);
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
        await Axe.AssertNoSeriousViolationsAsync(teacher);
    }
}
