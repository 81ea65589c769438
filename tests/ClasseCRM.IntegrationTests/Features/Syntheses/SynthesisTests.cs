using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Syntheses;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Syntheses;

/// <summary>
/// The document students hand in (a compte rendu d'opération in the demo's MCV classes): facts from the data, analysis
/// written, hand-in freezes, late hand-in, return and revise, assessment with the grid, access.
/// </summary>
public sealed class SynthesisTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    /// <summary>A phoning operation with two calls (a RDV and a refusal), then a synthesis over November.</summary>
    internal static async Task<(int Operation, int Synthesis)> PrepareAsync(HttpClient client, string title)
    {
        var created = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = title,
            ["Channel"] = "Phone",
            ["StartDate"] = "2026-11-02",
            ["EndDate"] = "2026-11-30",
            ["ObjectiveContacts"] = "4",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "1000",
        });
        var op = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        foreach (var (outcome, at) in new[] { ("AppointmentMade", "2026-12-01T10:00"), ("RefusedBeforePitch", "") })
        {
            var prospect = (await client.GetDocumentAsync($"/operations/{op}/phoning")).QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;
            var fields = new Dictionary<string, string> { ["ProspectId"] = prospect, ["Outcome"] = outcome };
            if (at.Length > 0)
            {
                fields["FollowUpAt"] = at;
            }
            (await client.PostFormAsync($"/operations/{op}/phoning", fields)).AssertRedirectsTo($"/operations/{op}/phoning");
        }
        var response = await client.PostFormAsync("/syntheses/nouvelle", new() { ["Title"] = title, ["From"] = "2026-11-01", ["To"] = "2026-11-30", ["OperationIds"] = $"{op}" });
        response.AssertRedirectsTo("/syntheses/");
        return (op, int.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
    }

    /// <summary>A complete analysis (4. Analyse with one text for the causes, as older documents; 5. Rétroagir), with some parts replaced.</summary>
    internal static Dictionary<string, string> Analysis(params (string Field, string Text)[] parts)
    {
        var fields = new Dictionary<string, string>
        {
            ["Strengths"] = "Le script passe le barrage.",
            ["Weaknesses"] = "Peu de décideurs joints.",
            ["GapCauses"] = "Fichier peu qualifié.",
            ["Judgement"] = "Opération utile mais objectifs non atteints.",
            ["CorrectiveActions"] = "Rappeler les décideurs absents mardi matin.",
            // 5. Rétroagir: one complete row (the rows proposed from open reminders are replaced by it).
            ["WithRows"] = "true",
            ["Actions[0].Gap"] = "Rendez-vous sous l'objectif",
            ["Actions[0].Cause"] = "Décideurs absents le lundi",
            ["Actions[0].Action"] = "Rappeler les décideurs absents mardi matin",
            ["Actions[0].DueOn"] = "01/12/2026",
            ["Actions[0].Indicator"] = "Taux de prise de RDV ≥ 25 %",
        };
        foreach (var (field, text) in parts)
        {
            fields[field] = text;
        }
        return fields;
    }

    /// <summary>Saves the analysis and hands in, as the student does: « Enregistrer et rendre », then the confirmation.</summary>
    internal static async Task HandInAsync(HttpClient client, int id, params (string Field, string Text)[] parts)
    {
        var fields = Analysis(parts);
        fields["rendre"] = "true";
        (await client.PostFormAsync($"/syntheses/{id}", fields, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}/rendre");
        (await client.PostFormAsync($"/syntheses/{id}/rendre", [], $"/syntheses/{id}/rendre")).AssertRedirectsTo($"/syntheses/{id}");
    }

    /// <summary>The rows of the assessment grid on a page: one radio group per criterion.</summary>
    internal static int Criteria(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("#grille-evaluation fieldset.critere").Length;

    internal static Dictionary<string, string> Funnel(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#phone-entonnoir tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[1].TextContent.Trim());

    [Fact]
    public async Task FactsFromTheData_AnalysisWritten_HandInFreezesBoth()
    {
        var client = await app.AsAsync("eleve2");
        var (op, id) = await PrepareAsync(client, "Synthèse phoning de novembre");
        var draft = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Contains("Synthèse phoning de novembre", draft.QuerySelector("#operations-synthese")!.TextContent);
        var appels = int.Parse(Funnel(draft)["Appels émis"]);
        Assert.True(appels >= 2);
        Assert.Contains(draft.QuerySelectorAll("#phone-objectifs tbody tr"), r => r.Children[0].TextContent == "rendez-vous" && r.Children[2].TextContent == "1");

        await HandInAsync(client, id, ("Strengths", "Script efficace <b>gras</b>"), ("GapCauses", "Fichier peu qualifié : 1 faux numéro sur 2."));

        // Activity after the hand-in changes nothing of what is assessed.
        var prospect = (await client.GetDocumentAsync($"/operations/{op}/phoning")).QuerySelector("input[name=ProspectId]")!.GetAttribute("value")!;
        (await client.PostFormAsync($"/operations/{op}/phoning", new() { ["ProspectId"] = prospect, ["Outcome"] = "Order" })).AssertRedirectsTo($"/operations/{op}/phoning");
        var rewrite = await client.PostFormAsync($"/syntheses/{id}", new() { ["Strengths"] = "Réécrit après coup" }, "/syntheses");

        var handedIn = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Equal(appels.ToString(), Funnel(handedIn)["Appels émis"]);
        Assert.Equal("Rendu", handedIn.QuerySelector("#etat")!.TextContent);
        Assert.Contains("· rendu le ", handedIn.Text());   // a compte rendu is « rendu », never « rendue »
        Assert.DoesNotContain("rendue", handedIn.Text());
        Assert.Equal("Script efficace <b>gras</b>", handedIn.QuerySelector("#texte-Strengths")!.TextContent);   // shown as text, never as HTML
        Assert.Null(handedIn.QuerySelector("#texte-Strengths b"));
        Assert.Null(handedIn.QuerySelector("textarea[name=Strengths]"));
        var saved = await app.WithDbAsync(db => db.Syntheses.SingleAsync(s => s.Id == id));
        Assert.Equal("Script efficace <b>gras</b>", saved.Strengths);
        Assert.NotNull(saved.SnapshotJson);
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/syntheses/{id}/xlsx")), false);
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        Assert.Contains("Synthèse phoning de novembre", cells);
        var appelsCell = cells.IndexOf("Appels émis");
        Assert.Equal(appels.ToString(), cells[appelsCell + 1]);   // the frozen figure, not the call made after
        Assert.Contains("Transformation (téléphone)", cells);
        Assert.DoesNotContain("réponses ÷ plis envoyés", cells);   // only the channel of the chosen operation
        rewrite.AssertRedirectsTo($"/syntheses/{id}");   // refused with a message; the text above is unchanged
    }

    [Fact]
    public async Task Deadline_HandInAfterIt_IsLate()
    {
        // The other class, so that its deadline does not touch the other tests of this class.
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var settings = await teacher.GetDocumentAsync($"/classes/{classId}/ratios");
        var fields = settings.QuerySelectorAll("form[action$='/ratios'] select, form[action$='/ratios'] input[name]")
            .Where(e => e.GetAttribute("name") is { } n && n != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.TagName == "SELECT" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")!.GetAttribute("value")! : e.GetAttribute("value") ?? "");
        fields["SynthesisDueAt"] = "2026-11-20T18:00";
        (await teacher.PostFormAsync($"/classes/{classId}/ratios", fields)).AssertRedirectsTo($"/classes/{classId}");

        var client = await app.AsAsync("eleve14");
        var (_, id) = await PrepareAsync(client, "Synthèse rendue en retard");
        await HandInAsync(client, id);

        var page = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Equal("Rendu en retard", page.QuerySelector("#etat")!.TextContent);
        Assert.Contains("à rendre avant le 20/11/2026 18:00", page.Text());
        Assert.True(await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.HandedInAtUtc > s.DueAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task ReturnedByTheTeacher_RevisedIntoANewVersion_TheOldOneKept()
    {
        var client = await app.AsAsync("eleve4");
        var (_, id) = await PrepareAsync(client, "Synthèse à reprendre");
        await HandInAsync(client, id, ("Judgement", "Opération réussie."));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/syntheses/{id}/retourner", [], $"/syntheses/{id}")).StatusCode);
        (await (await app.AsAsync("prof.martin")).PostFormAsync($"/syntheses/{id}/retourner", [], $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");

        var revised = await client.PostFormAsync($"/syntheses/{id}/reviser", [], $"/syntheses/{id}");
        revised.AssertRedirectsTo("/syntheses/");
        var next = int.Parse(revised.Headers.Location!.OriginalString.Split('/').Last());

        var rows = await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id || s.Id == next).ToDictionaryAsync(s => s.Id));
        Assert.Equal((SynthesisStatus.Returned, 1), (rows[id].Status, rows[id].Version));
        Assert.Equal((SynthesisStatus.Draft, 2, id, "Opération réussie."), (rows[next].Status, rows[next].Version, rows[next].PreviousVersionId!.Value, rows[next].Judgement));
        Assert.NotNull(rows[id].SnapshotJson);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/syntheses/{id}/reviser", [], $"/syntheses/{id}")).StatusCode);   // once
    }

    [Fact]
    public async Task Access_OtherStudent404_TeacherReadsButCannotWrite_OtherTeacher404()
    {
        var owner = await app.AsAsync("eleve5");
        var (_, id) = await PrepareAsync(owner, "Synthèse privée");
        var intruder = await app.AsAsync("eleve6");
        var teacher = await app.AsAsync("prof.martin");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/syntheses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/syntheses/{id}", new() { ["Strengths"] = "piraté" }, "/syntheses")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/syntheses/{id}/rendre", [], "/syntheses")).StatusCode);
        Assert.Contains("Synthèse privée", (await teacher.GetDocumentAsync($"/syntheses/{id}")).Text());
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/syntheses/{id}", new() { ["Strengths"] = "corrigé" }, "/classes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/syntheses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).PostFormAsync($"/syntheses/{id}/retourner", [], "/classes")).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.Strengths).SingleAsync()));
    }

    [Fact]
    public async Task Assessment_OneRadioGroupPerCriterion_NonEvalue_MissingRowsNamed_StudentReadsIt()
    {
        var client = await app.AsAsync("eleve7");
        var (_, id) = await PrepareAsync(client, "Compte rendu évalué");
        await HandInAsync(client, id);
        var teacher = await app.AsAsync("prof.martin");
        var form = await teacher.GetDocumentAsync($"/syntheses/{id}");
        var draftOrganisation = form.QuerySelector("#organisation-synthese")!.TextContent;
        Assert.Equal(form.QuerySelector("#section-fidelisation") is null, form.QuerySelector("textarea[name=FollowUpComment]") is null);
        // The indicative grid of MCV option B: the five criteria a written document can show, no oral negotiation.
        var criteria = Criteria(form);
        Assert.Equal(5, criteria);
        Assert.Equal(5, form.QuerySelectorAll("#critere-0 input[type=radio][name='Levels[0]']").Length);   // non évalué + 4 levels
        Assert.Contains("Non évalué", form.QuerySelector("#critere-0")!.TextContent);
        Assert.DoesNotContain("Conclure la négociation", form.QuerySelector("#grille-evaluation")!.TextContent);

        var incomplete = await teacher.PostFormAsync($"/syntheses/{id}/evaluation", new() { ["Levels[0]"] = "2", ["Levels[2]"] = "-1", ["OverallComment"] = "Bon travail" }, $"/syntheses/{id}");
        var again = await incomplete.ReadDocumentAsync();
        var summary = again.QuerySelector("#erreurs")!.TextContent;
        Assert.Contains("pour les 3 critères", summary);
        Assert.Contains("« B4.2 · Organiser l'opération", summary);   // rows are named…
        Assert.Contains("« B4.4 · Exactitude des résultats", summary);
        Assert.DoesNotContain("B2.1 · Suivi et fidélisation", summary);   // …only the missing ones
        Assert.Equal(3, again.QuerySelectorAll("fieldset.critere[aria-invalid=true]").Length);   // and highlighted
        Assert.Equal(["#critere-1", "#critere-3", "#critere-4"], again.QuerySelectorAll("#criteres-manquants a").Select(a => a.GetAttribute("href")));   // and linked
        Assert.NotNull(again.QuerySelector("#level-0-2[checked]"));   // what was chosen stays chosen
        Assert.NotNull(again.QuerySelector("#level-2-ne[checked]"));
        Assert.Equal("Bon travail", again.QuerySelector("textarea[name=OverallComment]")!.TextContent);
        var tampered = await (await teacher.PostFormAsync($"/syntheses/{id}/evaluation", new() { ["Levels[0]"] = "abc", ["Levels[1]"] = "2" }, $"/syntheses/{id}")).ReadDocumentAsync();
        Assert.Empty(tampered.QuerySelectorAll("#critere-0 input[checked]"));   // never shown as a level the teacher did not pick
        Assert.Equal("true", tampered.QuerySelector("#critere-0")!.GetAttribute("aria-invalid"));
        Assert.NotNull(tampered.QuerySelector("#level-1-2[checked]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.SynthesisAssessments.CountAsync(a => a.SynthesisId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).PostFormAsync($"/syntheses/{id}/evaluation", new() { ["Levels[0]"] = "2" }, "/classes")).StatusCode);

        var levels = Enumerable.Range(0, criteria).ToDictionary(i => $"Levels[{i}]", i => i == 0 ? "-1" : ((i - 1) % 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
        levels["Mark"] = "14,5";
        levels["OverallComment"] = "Bon travail, chiffres exacts.";
        levels["ContextComment"] = "Cible bien justifiée.";
        levels["RetroactionComment"] = "Actions correctives réalistes.";
        levels["FollowUpComment"] = "Clients relancés à temps.";
        (await teacher.PostFormAsync($"/syntheses/{id}/evaluation", levels, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");

        var seen = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Equal("Évalué", seen.QuerySelector("#etat")!.TextContent);
        Assert.Contains("14,5 / 20", seen.QuerySelector("#note")!.TextContent);
        var rows = seen.QuerySelectorAll("#grille-evaluee tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal("non évalué", rows.Single(r => r.Key.StartsWith("B2.1 · Suivi", StringComparison.Ordinal)).Value);
        Assert.Equal("non acquis", rows.Single(r => r.Key.StartsWith("B4.2 · Organiser", StringComparison.Ordinal)).Value);
        Assert.Equal("en cours d'acquisition", rows.Single(r => r.Key.StartsWith("B4.3 · Produire", StringComparison.Ordinal)).Value);
        Assert.Equal("acquis", rows.Single(r => r.Key.StartsWith("B4.4 · Exactitude", StringComparison.Ordinal)).Value);
        Assert.Contains("Bon travail, chiffres exacts.", seen.Text());
        var evaluation = seen.QuerySelector("#evaluation")!.ParentElement!.TextContent;
        Assert.Contains("1. ContexteCible bien justifiée.", evaluation.Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains("Actions correctives réalistes.", evaluation);
        Assert.Contains("6. Suivi et fidélisationClients relancés à temps.", evaluation.Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains("Planning", draftOrganisation);
        // Sent a second time (a double click): the first assessment stands, the teacher sees it, no error page.
        (await teacher.PostFormAsync($"/syntheses/{id}/evaluation", levels, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        var saved = await app.WithDbAsync(db => db.SynthesisAssessments.SingleAsync(a => a.SynthesisId == id));
        Assert.Equal(-1, System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(saved.LevelsJson)!["B2.1 · Suivi et fidélisation (commandes, satisfaction, relances)"]);
    }

    [Fact]
    public async Task DemoSchool_Eleve1AssessedOnTheMcvGrid_Eleve6Waits()
    {
        var ws = await app.WorkspaceOfAsync("eleve1");
        var id = await app.WithDbAsync(db => db.Syntheses.Where(s => s.WorkspaceId == ws).Select(s => s.Id).SingleAsync());

        var page = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/syntheses/{id}");

        Assert.Equal("Évalué", page.QuerySelector("#etat")!.TextContent);
        Assert.Contains("Compte rendu d'opération de prospection — bloc 4B — entraînement à l'épreuve E2", page.QuerySelector("#document-titre")!.TextContent);
        Assert.Contains("Grille indicative — Bac Pro MCV option B", (await (await app.AsAsync("eleve1")).GetDocumentAsync($"/syntheses/{id}")).Text());
        var grid = page.QuerySelectorAll("#grille-evaluee tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal(5, grid.Count);
        Assert.Equal("non évalué", grid.Single(r => r.Key.StartsWith("B2.1", StringComparison.Ordinal)).Value);
        // A cause for each row objectif | réalisé | écart, and the rétroagir table filled.
        var causes = page.QuerySelectorAll("#phone-causes tbody tr").Select(r => r.Children[4].TextContent).ToList();
        Assert.Equal(4, causes.Count);
        Assert.DoesNotContain("—", causes);
        Assert.Contains(causes, c => c.Contains("Fichier peu qualifié", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#texte-GapCauses"));
        var actions = page.QuerySelectorAll("#retroagir-table tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.True(actions.Count >= 2, $"{actions.Count} rows");
        Assert.All(actions, r => Assert.Equal(5, r.Count(c => c != "—")));
        Assert.Contains(actions, r => r[2].StartsWith("Rappeler les décideurs absents", StringComparison.Ordinal));
        var waiting = await app.WithDbAsync(db => db.Syntheses.Where(s => s.Author!.UserName == "eleve6" && s.Status == SynthesisStatus.HandedIn).Select(s => s.Id).SingleAsync());
        var toAssess = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/syntheses/{waiting}");
        Assert.NotNull(toAssess.QuerySelector("form[action$='/evaluation']"));
        // A comment box for « 6. Suivi et fidélisation » when, and only when, the document has that part.
        Assert.NotNull(toAssess.QuerySelector("#section-fidelisation"));
        Assert.NotNull(toAssess.QuerySelector("textarea[name=FollowUpComment]"));

        // The figures of the operation it covers, and nothing else: the same tables as its results page.
        var phoning = await app.WithDbAsync(db => db.Operations.Where(o => o.WorkspaceId == ws && o.Channel == Web.Domain.Contacting.Channel.Phone).Select(o => o.Id).SingleAsync());
        var results = await (await app.AsAsync("eleve1")).GetDocumentAsync($"/operations/{phoning}/resultats");
        foreach (var table in new[] { "entonnoir", "ratios", "objectifs", "commandes", "couts", "rentabilite" })
        {
            Assert.Equal(results.QuerySelector($"#{table} tbody")!.TextContent, page.QuerySelector($"#phone-{table} tbody")!.TextContent);
        }
        Assert.Null(page.QuerySelector("#email-entonnoir"));
        Assert.Null(page.QuerySelector("#visit-entonnoir"));
        Assert.DoesNotContain("coûts non saisis", page.QuerySelector("#phone-couts")!.TextContent);
    }
}
