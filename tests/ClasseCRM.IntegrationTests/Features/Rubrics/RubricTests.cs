using System.Net;
using ClasseCRM.IntegrationTests.Features.Syntheses;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Rubrics;

/// <summary>A teacher copies the shipped rubric for a class and adapts it; assessments use it and keep the one they were made with.</summary>
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
    public async Task AdaptedRubric_UsedToAssess_PastAssessmentKeepsItsOwn_CsvFollowsTheClass()
    {
        var teacher = await app.AsAsync("prof.martin");
        var classId = await app.ClassOfAsync("prof.martin");
        var form = await FormAsync(teacher, classId);
        Assert.Contains("Grille indicative", (await teacher.GetDocumentAsync($"/classes/{classId}/grille")).QuerySelector("#origine")!.TextContent);
        Assert.Equal(25, form.Where(f => f.Key.EndsWith(".Criteria", StringComparison.Ordinal)).Sum(f => f.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));

        form["Title"] = "Grille de la 1re MCV — U22 seulement";
        form[UnitField(form, "U21")] = "";
        form[UnitField(form, "U31")] = "";
        form[UnitField(form, "U32")] = "";
        form[UnitField(form, "U22")] = "Organiser une opération de prospection\n  Exactitude des résultats  \n\nQualité du tableau de bord";
        (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");
        Assert.Contains("Grille adaptée", (await teacher.GetDocumentAsync($"/classes/{classId}/grille")).QuerySelector("#origine")!.TextContent);

        var student = await app.AsAsync("eleve2");
        var (_, id) = await SynthesisTests.PrepareAsync(student, "Synthèse grille adaptée");
        await SynthesisTests.HandInAsync(student, id);
        var assess = await teacher.GetDocumentAsync($"/syntheses/{id}");
        Assert.Equal(["U22 · Organiser une opération de prospection", "U22 · Exactitude des résultats", "U22 · Qualité du tableau de bord"],
            assess.QuerySelectorAll("select[name^='Levels[']").Select(s => assess.QuerySelector($"label[for='{s.Id}']")!.TextContent));
        (await teacher.PostFormAsync($"/syntheses/{id}/evaluation", new() { ["Levels[0]"] = "1", ["Levels[1]"] = "2", ["Levels[2]"] = "3", ["Mark"] = "12" }, $"/syntheses/{id}"))
            .AssertRedirectsTo($"/syntheses/{id}");

        // The rubric changes again: the assessment made keeps the rubric it was made with.
        form = await FormAsync(teacher, classId);
        form[UnitField(form, "U22")] = "Exactitude des résultats\nPertinence des choix";
        (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");

        var seen = await student.GetDocumentAsync($"/syntheses/{id}");
        var levels = seen.QuerySelectorAll("#grille-evaluee tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["U22 · Organiser une opération de prospection"] = "en cours d'acquisition",
            ["U22 · Exactitude des résultats"] = "acquis",
            ["U22 · Qualité du tableau de bord"] = "maîtrisé",
        }, levels);

        var csv = System.Text.Encoding.UTF8.GetString(await teacher.GetByteArrayAsync($"/classes/{classId}/syntheses.csv")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Espace;Synthèse;Version;Rendue le;U22 · Exactitude des résultats;U22 · Pertinence des choix;Note /20", csv[0]);
        Assert.Contains(csv, l => l.Contains(";Synthèse grille adaptée;1;24/11/2026;acquis;;12", StringComparison.Ordinal));

        // Back to the shipped rubric.
        (await teacher.PostFormAsync($"/classes/{classId}/grille/copier", new() { ["source"] = "indicative" }, $"/classes/{classId}/grille")).AssertRedirectsTo($"/classes/{classId}/grille");
        Assert.Null(await app.WithDbAsync(db => db.Classes.Where(c => c.Id == classId).Select(c => c.RubricJson).SingleAsync()));
        Assert.Contains(";U21 · Préparer la visite;", System.Text.Encoding.UTF8.GetString(await teacher.GetByteArrayAsync($"/classes/{classId}/syntheses.csv")));
    }

    [Fact]
    public async Task BadRubric_FrenchMessage_TypedTextKept_NothingSaved()
    {
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var form = await FormAsync(teacher, classId);
        var u22 = UnitField(form, "U22");

        form[u22] = "Exactitude des résultats\nexactitude des résultats\nMaîtrise des techniques";
        var twice = await (await teacher.PostFormAsync($"/classes/{classId}/grille", form, $"/classes/{classId}/grille")).ReadDocumentAsync();
        Assert.Contains("U22 : le critère « Exactitude des résultats » est écrit deux fois.", twice.Text());
        Assert.Equal(form[u22], twice.QuerySelector("#criteres-U22")!.TextContent.TrimStart('\n'));

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
        form[UnitField(form, "U32")] = "Critère propre à la terminale";
        (await teacher.PostFormAsync($"/classes/{source}/grille", form, $"/classes/{source}/grille")).AssertRedirectsTo($"/classes/{source}/grille");

        var choices = (await teacher.GetDocumentAsync($"/classes/{target}/grille")).QuerySelectorAll("#source option").Select(o => o.TextContent).ToList();
        Assert.Contains("Grille de ma classe Tle MCV grille source (2026-2027)", choices);
        (await teacher.PostFormAsync($"/classes/{target}/grille/copier", new() { ["source"] = $"{source}" }, $"/classes/{target}/grille")).AssertRedirectsTo($"/classes/{target}/grille");
        Assert.Contains("Critère propre à la terminale", (await FormAsync(teacher, target))[UnitField(form, "U32")]);

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
