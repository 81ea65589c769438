using ClasseCRM.BrowserTests.Support;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Features.Syntheses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>
/// The teacher on a small screen (1024 × 768): assesses the handed-in documents of a class one after another with the
/// keyboard only (Tab to the grid, arrows to choose a level in each radio group, Tab to « Enregistrer et passer au
/// suivant », Enter: the next document opens at its grid), and reads the competency tracker and the class's grid with
/// nothing wider than the window.
/// </summary>
public sealed class TeacherSmallScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int MaxTabs = 80;

    [Fact]
    public async Task Teacher_AssessesTwoDocumentsInARow_WithTheKeyboardOnly()
    {
        // The demo's eleve6 waits; eleve4 hands one in too: two documents to assess for the class's deadline.
        var second = await HandInAsync("eleve4");
        var page = await browser.SignInAsync("prof.martin");
        await page.SetViewportSizeAsync(1024, 768);
        // Bootstrap scrolls smoothly unless motion is reduced: reduced, the focus lands in view at once, measurable.
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync(browser.BaseUrl + "/a-traiter");
        await TabToAsync(page, "#documents tbody tr:first-child a");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#grille-evaluation").WaitForAsync();
        var first = IdOf(page.Url);
        Assert.NotEqual(second, first);
        var firstCounter = await page.Locator("#compteur").InnerTextAsync();

        int[] firstLevels = [2, 3, -1, 1, 0, 2, 3, 1, 0, 2];
        var rows = await AssessAsync(page, firstLevels, "14,5", "#evaluer-suivant");
        await page.WaitForURLAsync($"**/syntheses/{second}#evaluer");
        await page.Locator("#grille-evaluation").WaitForAsync();

        Assert.Contains("Encore 1 document à évaluer", await page.Locator("main").InnerTextAsync());
        Assert.NotEqual(firstCounter, await page.Locator("#compteur").InnerTextAsync());
        Assert.Matches(@"^\d+ / 3$", await page.Locator("#compteur").InnerTextAsync());   // eleve1 (assessed), eleve6, eleve4
        Assert.True(await InViewAsync(page, "#evaluer"), "After « suivant » the page opens at the grid.");
        await AssertSavedAsync(first, firstLevels.Take(rows), 14.5m);

        // The page opened at the grid: the first Tab is in its first row. The same way on the second one, a row forgotten
        // first: the error is read, a link leads to the row, the arrows choose its level; the round is then done.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await FocusedAsync(page, "#level-0-ne"), "After « suivant », Tab goes straight to the grid.");
        int[] secondLevels = [1, -1, 0, 3, 2, 1, 0, 3, 2, 1];
        Assert.Equal(0, await page.Locator("#evaluer-suivant").CountAsync());   // nothing else waits after this one
        const string save = "#grille-evaluation button[type=submit].btn-primary";
        await AssessAsync(page, secondLevels, "11", save, skip: 1);
        await page.Locator("#criteres-manquants").WaitForAsync();
        Assert.True(await FocusedAsync(page, "#erreurs"), "The error summary has the focus.");
        Assert.Contains("Choisissez un niveau (ou « non évalué ») pour le critère", await page.Locator("#erreurs").InnerTextAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await FocusedAsync(page, "#criteres-manquants a"), "Tab from the error reaches the link to the forgotten row.");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await FocusedAsync(page, "#level-1-ne"), "The link puts the focus in the forgotten row.");
        Assert.True(await page.Locator("#level-0-1").IsCheckedAsync());   // what was chosen is kept
        Assert.Equal("11", await page.Locator("#Mark").InputValueAsync());
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.True(await page.Locator("#level-1-ne").IsCheckedAsync());
        await TabToAsync(page, save);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/syntheses/{second}");
        Assert.Contains("Tous les documents rendus sont évalués", await page.Locator("main").InnerTextAsync());
        await AssertSavedAsync(second, secondLevels.Take(rows), 11m);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "enseignant-evaluation-clavier.png") });
    }

    [Theory]
    [InlineData("competences", "#suivi-competences")]
    [InlineData("competences/eleve/{student}", "#competences-eleve")]
    [InlineData("grille", "[id='criteres-B4.4']")]
    public async Task CompetencyTrackerAndGridPages_FitA1024Window(string path, string shown)
    {
        var page = await browser.SignInAsync("prof.martin");
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync(browser.BaseUrl + "/classes");
        await page.GetByRole(AriaRole.Link, new() { Name = "1re MCV B" }).ClickAsync();
        await page.Locator("main h1").WaitForAsync();
        var classPage = page.Url;
        if (path.Contains("{student}", StringComparison.Ordinal))
        {
            await page.GotoAsync(classPage + "/competences");
            // A pupil with an assessment (the demo's eleve1 at least): their levels, document and date fill the rows.
            path = "competences/eleve/" + (await page.Locator("#suivi-competences tbody tr", new() { HasText = "évalué" }).First.GetAttributeAsync("data-eleve"));
        }
        await page.GotoAsync(classPage + "/" + path);
        await page.Locator(shown).WaitForAsync();

        // Wider than the window: the page itself, or any element of the page outside a scrolling table.
        var overflow = await page.EvaluateAsync<string[]>(@"() => {
            const width = document.documentElement.clientWidth;
            const wide = [];
            if (document.documentElement.scrollWidth > width) wide.push(`page ${document.documentElement.scrollWidth}px`);
            for (const el of document.querySelectorAll('main *')) {
                if (el.closest('.table-responsive') || el.closest('.visually-hidden')) continue;
                const r = el.getBoundingClientRect();
                if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}px`);
            }
            return wide;
        }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"enseignant-1024-{path.Replace('/', '-')}.png"), FullPage = true });
        Assert.True(overflow.Length == 0, $"{page.Url}: " + string.Join("\n", overflow.Take(10)));
    }

    /// <summary>
    /// Tab from where the focus is to the grid, one radio group after another chosen with the arrows, Tab to the mark
    /// (typed), Tab to <paramref name="submit"/>, Enter. A row's level L is L + 1 presses of → from « Non évalué »; a
    /// « Non évalué » row is → then ←; row <paramref name="skip"/> is left without a level. Returns the number of rows.
    /// </summary>
    private static async Task<int> AssessAsync(IPage page, int[] levels, string mark, string submit, int skip = -1)
    {
        var rows = await page.Locator("#grille-evaluation fieldset.critere").CountAsync();
        Assert.InRange(rows, 2, levels.Length);
        await TabToAsync(page, "#level-0-ne");
        for (var i = 0; i < rows; i++)
        {
            Assert.True(await FocusedAsync(page, $"#level-{i}-ne"), $"Tab reaches the first choice of row {i}.");
            var shown = await FocusVisibleAsync(page);
            Assert.True(shown == "ok", shown);   // the focused choice is visibly outlined, in the window
            if (i == skip)
            {
                await page.Keyboard.PressAsync("Tab");
                continue;
            }
            if (levels[i] < 0)
            {
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Keyboard.PressAsync("ArrowLeft");
            }
            for (var k = 0; k <= levels[i]; k++)
            {
                await page.Keyboard.PressAsync("ArrowRight");
            }
            var chosen = levels[i] < 0 ? "ne" : levels[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(await page.Locator($"#level-{i}-{chosen}").IsCheckedAsync(), $"Row {i}: level {chosen} chosen with the arrows.");
            shown = await FocusVisibleAsync(page);
            Assert.True(shown == "ok", shown);
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await FocusedAsync(page, "#Mark"), "After the last row, Tab goes to the mark.");
        await page.Keyboard.TypeAsync(mark);
        await TabToAsync(page, submit);
        await page.Keyboard.PressAsync("Enter");
        return rows;
    }

    private async Task AssertSavedAsync(int synthesisId, IEnumerable<int> levels, decimal mark)
    {
        var saved = await browser.App.WithDbAsync(db => db.SynthesisAssessments.AsNoTracking().SingleAsync(a => a.SynthesisId == synthesisId));
        Assert.Equal(levels, SynthesisAssessmentService.LevelsOf(saved).Values);
        Assert.Equal(mark, saved.Mark);
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus (fails after <see cref="MaxTabs"/> presses).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await FocusedAsync(page, selector))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {selector} on {page.Url}.");
    }

    private static Task<bool> FocusedAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);

    /// <summary>
    /// The focused radio is clipped out of sight (Bootstrap's btn-check): its label must carry an outline, inside the
    /// window with its outline. Answers "ok" or what is wrong.
    /// </summary>
    private static Task<string> FocusVisibleAsync(IPage page) => page.EvaluateAsync<string>(@"() => {
        const el = document.activeElement;
        const shown = el.classList.contains('btn-check') ? document.querySelector(`label[for='${el.id}']`) : el;
        const style = getComputedStyle(shown);
        const rect = shown.getBoundingClientRect();
        const outlined = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        const ok = el.matches(':focus-visible') && outlined && rect.top - 5 >= 0 && rect.bottom + 5 <= window.innerHeight;   // outline included
        return ok ? 'ok' : `${el.id} focus-visible=${el.matches(':focus-visible')} outline=${style.outlineStyle} ${style.outlineWidth} shadow=${style.boxShadow} top=${rect.top} bottom=${rect.bottom} window=${window.innerHeight}`;
    }");

    private static Task<bool> InViewAsync(IPage page, string selector) =>
        // A scroll to an anchor may leave it a fraction of a pixel above the top (-0.375 px seen): still in view.
        page.EvaluateAsync<bool>("s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top > -1 && r.top < window.innerHeight; }", selector);

    private static int IdOf(string url) => int.Parse(new Uri(url).AbsolutePath.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The student writes a document on one of their demo operations and hands it in, over HTTP as the integration tests do.</summary>
    private async Task<int> HandInAsync(string student)
    {
        // The app listens on a real port: a plain client with cookies, no redirect followed, signed in through the form.
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(browser.BaseUrl) };
        (await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = student, ["Password"] = TestApp.DemoPassword })).AssertRedirectsTo("/");
        var operation = (await client.GetDocumentAsync("/syntheses/nouvelle")).QuerySelector("input[name=OperationIds]")!.GetAttribute("value")!;
        var created = await client.PostFormAsync("/syntheses/nouvelle", new() { ["Title"] = $"Compte rendu de {student}", ["From"] = "2026-11-01", ["To"] = "2026-11-30", ["OperationIds"] = operation });
        created.AssertRedirectsTo("/syntheses/");
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var analysis = new Dictionary<string, string>
        {
            ["Strengths"] = "Un script clair.",
            ["Weaknesses"] = "Trop d'appels sans réponse.",
            ["GapCauses"] = "Fichier peu qualifié.",
            ["Judgement"] = "Opération utile.",
            ["CorrectiveActions"] = "Rappeler mardi matin.",
            ["WithRows"] = "true",
            ["Actions[0].Gap"] = "RDV sous l'objectif",
            ["Actions[0].Cause"] = "Décideurs absents",
            ["Actions[0].Action"] = "Rappeler mardi matin",
            ["Actions[0].DueOn"] = "01/12/2026",
            ["Actions[0].Indicator"] = "Taux de prise de RDV",
            ["rendre"] = "true",
        };
        (await client.PostFormAsync($"/syntheses/{id}", analysis)).AssertRedirectsTo($"/syntheses/{id}/rendre");
        (await client.PostFormAsync($"/syntheses/{id}/rendre", [], $"/syntheses/{id}/rendre")).AssertRedirectsTo($"/syntheses/{id}");
        return id;
    }
}
