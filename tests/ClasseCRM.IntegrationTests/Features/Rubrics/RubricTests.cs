using System.Net;
using ClasseCRM.IntegrationTests.Features.Syntheses;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Rubrics;

/// <summary>
/// A class's référentiel and grid: the teacher copies the indicative grid and adapts it (criteria added under any
/// competency of the référentiel); assessments use it and keep the one they were made with, even across a change of référentiel.
/// </summary>
public sealed class RubricTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    /// <summary>The rubric form of a class as posted: title and the criteria of each unit (one per line).</summary>
    private static async Task<Dictionary<string, string>> FormAsync(HttpClient teacher, int classId)
    {
        var page = await teacher.GetDocumentAsync($"/classes/{classId}/grille");
        var fields = page.QuerySelectorAll("form[action$='/grille'] input[name], form[action$='/grille'] textarea")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.TagName == "TEXTAREA" ? e.TextContent.TrimStart('\n') : e.GetAttribute("value") ?? "");
        return fields;
    }

    private static string UnitField(Dictionary<string, string> form, string code) =>
        form.Single(f => f.Key.EndsWith(".Code", StringComparison.Ordinal) && f.Value == code).Key.Replace(".Code", ".Criteria", StringComparison.Ordinal);

    private async Task<int> NewClassAsync(HttpClient teacher, string name)
    {
        (await teacher.PostFormAsync("/classes/nouvelle", new() { ["Name"] = name, ["SchoolYear"] = "2026-2027" }, "/classes/nouvelle")).AssertRedirectsTo("/classes/");
        return await app.WithDbAsync(db => db.Classes.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
    }

    [Fact]
    public async Task AdaptedGrid_CriteriaAddedFromTheReferentiel_UsedToAssess_PastAssessmentKeepsItsOwn()
    {
        var teacher = await app.AsAsync("prof.martin");
        var classId = await app.ClassOfAsync("prof.martin");
        var page = await teacher.GetDocumentAsync($"/classes/{classId}/grille");
        Assert.Contains("Grille indicative (non officielle)", page.QuerySelector("#origine")!.TextContent);
        Assert.DoesNotContain("officielle »", page.Text());
        Assert.NotNull(page.QuerySelector("#ref-mcv-b[checked]"));
        var form = await FormAsync(teacher, classId);
        Assert.Equal(5, form.Where(f => f.Key.EndsWith(".Criteria", StringComparison.Ordinal)).Sum(f => f.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.Equal("", form[UnitField(form, "B4.5")]);   // a competency of the référentiel the written document does not show by default

        form["Title"] = "Grille de la 1re MCV — résultats et offre";
        foreach (var code in new[] { "B2.1", "B4.2", "B4.3" })
        {
            form[UnitField(form, code)] = "";
        }
        form[UnitField(form, "B4.4")] = "Exactitude des résultats\n  Taux de transformation justifié  \n\n";
        form[UnitField(form, "B4.5")] = "Valoriser l'offre dans l'écrit";
        (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");
        Assert.Contains("Grille adaptée", (await teacher.GetDocumentAsync($"/classes/{classId}/grille")).QuerySelector("#origine")!.TextContent);

        var student = await app.AsAsync("eleve2");
        var (_, id) = await SynthesisTests.PrepareAsync(student, "Compte rendu grille adaptée");
        await SynthesisTests.HandInAsync(student, id);
        var assess = await teacher.GetDocumentAsync($"/syntheses/{id}");
        Assert.Equal(["Exactitude des résultats", "Taux de transformation justifié", "Valoriser l'offre dans l'écrit"],
            assess.QuerySelectorAll("fieldset.critere legend").Select(l => l.TextContent.Trim()));
        (await teacher.PostFormAsync($"/syntheses/{id}/evaluation", new() { ["Levels[0]"] = "1", ["Levels[1]"] = "2", ["Levels[2]"] = "3", ["Mark"] = "12" }, $"/syntheses/{id}"))
            .AssertRedirectsTo($"/syntheses/{id}");

        // The grid changes again, then the class changes référentiel: the assessment made keeps the grid it was made with.
        form = await FormAsync(teacher, classId);
        form[UnitField(form, "B4.4")] = "Exactitude des résultats\nPertinence des choix";
        (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");
        (await teacher.PostFormAsync($"/classes/{classId}/grille/referentiel", new() { ["referentiel"] = "vente-2002" }, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");
        Assert.Null(await app.WithDbAsync(db => db.Classes.Where(c => c.Id == classId).Select(c => c.RubricJson).SingleAsync()));   // the MCV grid is replaced by the 2002 indicative one, as the confirmation says
        var codes2002 = (await FormAsync(teacher, classId)).Where(f => f.Key.EndsWith(".Code", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        Assert.Contains("U22.1", codes2002);
        Assert.DoesNotContain("B4.4", codes2002);

        var seen = await student.GetDocumentAsync($"/syntheses/{id}");
        var levels = seen.QuerySelectorAll("#grille-evaluee tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["B4.4 · Exactitude des résultats"] = "en cours d'acquisition",
            ["B4.4 · Taux de transformation justifié"] = "acquis",
            ["B4.5 · Valoriser l'offre dans l'écrit"] = "maîtrisé",
        }, levels);
        Assert.Contains("Compte rendu d'opération de prospection", seen.QuerySelector("#document-titre")!.TextContent);   // handed in under MCV: it keeps its name

        // Back to today's diploma and its indicative grid.
        (await teacher.PostFormAsync($"/classes/{classId}/grille/referentiel", new() { ["referentiel"] = "mcv-b" }, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");
        (await teacher.PostFormAsync($"/classes/{classId}/grille/copier", new() { ["source"] = "indicative" }, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");
        Assert.Equal(5, (await FormAsync(teacher, classId)).Where(f => f.Key.EndsWith(".Criteria", StringComparison.Ordinal)).Sum(f => f.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
        var bad = await teacher.PostFormAsync($"/classes/{classId}/grille/referentiel", new() { ["referentiel"] = "bts-ndrc" }, $"/classes/{classId}/grille");
        bad.AssertRedirectsTo($"/classes/{classId}/grille");
        Assert.Equal("mcv-b", await app.WithDbAsync(db => db.Classes.Where(c => c.Id == classId).Select(c => c.Referentiel).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).PostFormAsync($"/classes/{classId}/grille/referentiel", new() { ["referentiel"] = "vente-2002" }, "/classes")).StatusCode);
    }

    [Fact]
    public async Task BadRubric_FrenchMessage_TypedTextKept_NothingSaved()
    {
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var form = await FormAsync(teacher, classId);
        var u22 = UnitField(form, "B4.4");

        form[u22] = "Exactitude des résultats\nexactitude des résultats\nMaîtrise des techniques";
        var twice = await (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).ReadDocumentAsync();
        Assert.Contains("B4.4 : le critère « Exactitude des résultats » est écrit deux fois.", twice.Text());
        Assert.Equal(form[u22], twice.QuerySelector("textarea[id='criteres-B4.4']")!.TextContent.TrimStart('\n'));

        form[u22] = new string('x', 201);
        Assert.Contains("dépasse 200 caractères", await (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).TextAsync());

        foreach (var unit in form.Keys.Where(k => k.EndsWith(".Criteria", StringComparison.Ordinal)).ToList())
        {
            form[unit] = "  \n ";
        }
        form["Title"] = "";
        var empty = await (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).ReadDocumentAsync();
        Assert.Contains("Donnez un titre à la grille.", empty.Text());

        form["Title"] = "Grille vide";
        empty = await (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).ReadDocumentAsync();
        Assert.Contains("Gardez au moins un critère", empty.Text());
        Assert.Equal("Grille vide", empty.QuerySelector("#Title")!.GetAttribute("value"));

        Assert.Null(await app.WithDbAsync(db => db.Classes.Where(c => c.Id == classId).Select(c => c.RubricJson).SingleAsync()));
    }

    [Fact]
    public async Task CopyFromAnotherOfMyClasses_NotFromAnotherTeachers()
    {
        var teacher = await app.AsAsync("prof.durand");
        var source = await NewClassAsync(teacher, "Tle MCV grille source");
        var target = await NewClassAsync(teacher, "Tle MCV grille copie");
        var form = await FormAsync(teacher, source);
        form[UnitField(form, "B4.5")] = "Critère propre à la terminale";
        (await teacher.PostFormAsync($"/classes/{source}/grille", form, $"/classes/{source}/grille")).AssertRedirectsTo($"/classes/{source}/grille");

        var choices = (await teacher.GetDocumentAsync($"/classes/{target}/grille")).QuerySelectorAll("#source option").Select(o => o.TextContent).ToList();
        Assert.Contains("Grille de ma classe Tle MCV grille source (2026-2027)", choices);
        (await teacher.PostFormAsync($"/classes/{target}/grille/copier", new() { ["source"] = $"{source}" }, $"/classes/{target}/grille")).AssertRedirectsTo($"/classes/{target}/grille");
        Assert.Contains("Critère propre à la terminale", (await FormAsync(teacher, target))[UnitField(form, "B4.5")]);

        // prof.martin cannot take prof.durand's rubric, nor open or change prof.durand's class.
        var other = await app.AsAsync("prof.martin");
        var martinClass = await app.ClassOfAsync("prof.martin");
        var before = await app.WithDbAsync(db => db.Classes.Where(c => c.Id == martinClass).Select(c => c.RubricJson).SingleAsync());
        (await other.PostFormAsync($"/classes/{martinClass}/grille/copier", new() { ["source"] = $"{source}" }, $"/classes/{martinClass}/grille")).AssertRedirectsTo($"/classes/{martinClass}/grille");
        Assert.Equal(before, await app.WithDbAsync(db => db.Classes.Where(c => c.Id == martinClass).Select(c => c.RubricJson).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/classes/{source}/grille")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/classes/{source}/grille", form, $"/classes/{martinClass}/grille")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/classes/{source}/grille/copier", new() { ["source"] = "indicative" }, $"/classes/{martinClass}/grille")).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Classes.Where(c => c.Id == source).Select(c => c.RubricJson).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync("eleve1")).GetAsync($"/classes/{martinClass}/grille")).StatusCode);
    }
}
