using ClasseCRM.BrowserTests.Support;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests;

/// <summary>From writing the synthesis to its assessment, in the browser: the student writes and hands in, the teacher assesses, the student reads.</summary>
public sealed class SynthesisFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Student_WritesAndHandsIn_Teacher_Assesses()
    {
        var student = await browser.SignInAsync("eleve5");
        student.Dialog += (_, dialog) => dialog.AcceptAsync();
        await student.GetByRole(AriaRole.Link, new() { Name = "Comptes rendus", Exact = true }).ClickAsync();
        await student.GetByRole(AriaRole.Link, new() { Name = "Nouveau compte rendu" }).ClickAsync();
        await student.GetByLabel("Titre").FillAsync("Synthèse navigateur");
        await student.GetByLabel("Du").FillAsync("2026-11-01");
        await student.GetByLabel("Au").FillAsync("2026-11-30");
        await student.GetByLabel("Phoning de qualification — professions libérales").CheckAsync();
        await student.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();
        await student.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await student.GetByLabel("Points forts").FillAsync("Un script clair, un barrage franchi sur deux.");
        // Handing in before writing the whole analysis: the text is saved and kept, the missing parts are named.
        await student.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et rendre…" }).ClickAsync();
        await student.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("« Points faibles » est vide", await student.Locator("main").InnerTextAsync());
        var refusal = await student.Locator("#erreurs").InnerTextAsync();
        Assert.Contains("4. Analyse : la cause de l'écart est vide pour", refusal);   // each objective row without its cause is named
        Assert.Contains("« rendez-vous (téléphone) »", refusal);
        Assert.Equal("Un script clair, un barrage franchi sur deux.", await student.GetByLabel("Points forts").InputValueAsync());
        await student.GetByLabel("Points faibles").FillAsync("Trop d'appels sans réponse.");
        var causes = student.Locator("#phone-causes textarea");
        for (var i = 0; i < await causes.CountAsync(); i++)
        {
            await causes.Nth(i).FillAsync("Fichier peu qualifié.");
        }
        await student.GetByLabel("Jugement argumenté").FillAsync("Opération utile.");
        // 5. Rétroagir: the rows proposed from the open reminders are removed, one row of the student's own is written.
        var shown = await student.Locator("#retroagir-table tbody tr").CountAsync();
        for (var i = 0; i < shown - 2; i++)
        {
            await student.Locator($"#action-{i}-Remove").CheckAsync();
        }
        var line = shown - 1;   // the first blank row, 1-based
        await student.GetByLabel($"Écart, ligne {line}", new() { Exact = true }).FillAsync("RDV sous l'objectif");
        await student.GetByLabel($"Cause, ligne {line}", new() { Exact = true }).FillAsync("Décideurs absents le lundi");
        await student.GetByLabel($"Action corrective, ligne {line}", new() { Exact = true }).FillAsync("Rappeler mardi matin.");
        await student.GetByLabel($"Échéance, ligne {line}", new() { Exact = true }).FillAsync("01/12/2026");
        await student.GetByLabel($"Indicateur de suivi, ligne {line}", new() { Exact = true }).FillAsync("Taux de prise de RDV ≥ 25 %");
        await student.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et rendre…" }).ClickAsync();
        await student.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("seront figés", await student.Locator("main").InnerTextAsync());   // the confirmation says what will be frozen
        await student.GetByRole(AriaRole.Button, new() { Name = "Rendre définitivement" }).ClickAsync();
        await student.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("Rendu", await student.Locator("#etat").InnerTextAsync());
        Assert.Equal("Opération utile.", await student.Locator("#texte-Judgement").InnerTextAsync());
        Assert.Contains("Rappeler mardi matin.", await student.Locator("#retroagir-table").InnerTextAsync());
        await student.Locator("#phone-graphique-entonnoir[data-chart-ready='1']").WaitForAsync();   // drawn by the local Chart.js
        await student.Locator("#phone-graphique-objectifs[data-chart-ready='2']").WaitForAsync();
        var download = await student.RunAndWaitForDownloadAsync(() => student.GetByRole(AriaRole.Link, new() { Name = "PDF (A4)" }).ClickAsync());
        Assert.Matches(@"^compte-rendu-\d+-v1\.pdf$", download.SuggestedFilename);   // named as the class's référentiel names it
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(await download.PathAsync()));
        var url = student.Url;

        var teacher = await browser.SignInAsync("prof.martin");
        await teacher.GotoAsync(url);
        var rows = teacher.Locator("#grille-evaluation fieldset.critere");
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            await teacher.Locator($"label[for='level-{i}-2']").ClickAsync();
        }
        await teacher.GetByLabel("Note /20 (facultative)").FillAsync("15");
        await teacher.GetByLabel("Appréciation générale").FillAsync("Analyse précise.");
        await teacher.Locator("#grille-evaluation button[type=submit]:not([name=suivant])").ClickAsync();   // save this one (eleve6's still waits)
        await teacher.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("Évaluation enregistrée", await teacher.Locator("main").InnerTextAsync());

        await student.ReloadAsync();
        Assert.Equal("Évalué", await student.Locator("#etat").InnerTextAsync());
        Assert.Contains("15 / 20", await student.Locator("#note").InnerTextAsync());
        await student.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "eleve-synthese-evaluee.png"), FullPage = true });
    }
}
