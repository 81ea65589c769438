using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Features.Syntheses;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Syntheses;

/// <summary>
/// The rows a student writes in the document: the cause of each objective row (4. Analyse) and the rétroagir table
/// (5. Rétroagir) pre-filled from the open reminders; 6. Suivi et fidélisation only with customers; rows frozen at hand-in.
/// </summary>
public sealed class SynthesisRowsTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    /// <summary>
    /// The form as a browser posts it: every field of the page's form as shown (the rows pre-filled from reminders and
    /// the blank ones included, ticked « Retirer » when <paramref name="removeShown"/>), the texts, a cause for every
    /// objective row, then <paramref name="rows"/> appended; <c>First</c> is the index of the first appended row.
    /// </summary>
    internal static async Task<(Dictionary<string, string> Fields, int First)> FormAsync(HttpClient client, int id, bool removeShown, params (string Gap, string Cause, string Action, string DueOn, string Indicator)[] rows)
    {
        var page = await client.GetDocumentAsync($"/syntheses/{id}");
        var form = page.QuerySelector("#formulaire-analyse")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]:not([type=checkbox]), textarea[name]"))
        {
            fields[input.GetAttribute("name")!] = input.TagName == "TEXTAREA" ? input.TextContent : input.GetAttribute("value") ?? "";
        }
        fields.Remove("__RequestVerificationToken");
        foreach (var (key, value) in SynthesisTests.Analysis().Where(f => f.Key is "Strengths" or "Weaknesses" or "Judgement"))
        {
            fields[key] = value;
        }
        foreach (var area in form.QuerySelectorAll("textarea[name^='Causes[']"))
        {
            fields[area.GetAttribute("name")!] = $"Cause écrite pour {area.Id}";
        }
        var first = form.QuerySelectorAll("#retroagir-table tbody tr").Length;
        if (removeShown)
        {
            for (var i = 0; i < first; i++)
            {
                fields[$"Actions[{i}].Remove"] = "true";
            }
        }
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Actions[{first + i}].Gap"] = rows[i].Gap;
            fields[$"Actions[{first + i}].Cause"] = rows[i].Cause;
            fields[$"Actions[{first + i}].Action"] = rows[i].Action;
            fields[$"Actions[{first + i}].DueOn"] = rows[i].DueOn;
            fields[$"Actions[{first + i}].Indicator"] = rows[i].Indicator;
        }
        return (fields, first);
    }

    private static readonly (string, string, string, string, string) Row = ("RDV sous l'objectif", "Décideurs absents le lundi", "Rappeler le mardi à 10 h", "08/12/2026", "Taux de prise de RDV ≥ 25 %");

    [Fact]
    public async Task Save_CauseEachRowAndRetroagirRows_Stored_BadDateKeepsWhatWasTyped()
    {
        var client = await app.AsAsync("eleve2");
        var (_, id) = await SynthesisTests.PrepareAsync(client, "Causes et rétroagir");
        var draft = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Equal(4, draft.QuerySelectorAll("#phone-causes textarea[name^='Causes[']").Length);   // one cause per objective row

        var (bad, n) = await FormAsync(client, id, true, Row, ("Commandes : 0", "Pas de relance", "Relancer par e-mail", "31/02/2027", "Réponse obtenue"));
        var refused = await client.PostFormAsync($"/syntheses/{id}", bad, $"/syntheses/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.ReadDocumentAsync();
        Assert.Contains($"Rétroagir, ligne {n + 2} : l'échéance « 31/02/2027 » n'est pas une date existante (format jj/mm/aaaa", again.QuerySelector("#erreurs")!.TextContent);
        Assert.Equal("31/02/2027", again.QuerySelector($"input[name='Actions[{n + 1}].DueOn']")!.GetAttribute("value"));   // kept as typed
        Assert.Equal("Relancer par e-mail", again.QuerySelector($"textarea[name='Actions[{n + 1}].Action']")!.TextContent);
        Assert.Equal("Cause écrite pour cause-1", again.QuerySelector("textarea[name='Causes[1].Cause']")!.TextContent);
        Assert.Null(await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.GapCauseRowsJson).SingleAsync()));   // nothing saved

        bad[$"Actions[{n + 1}].DueOn"] = "15/01/2027";
        bad[$"Actions[{n + 2}].Gap"] = "Ligne retirée";
        bad[$"Actions[{n + 2}].Remove"] = "true";
        (await client.PostFormAsync($"/syntheses/{id}", bad, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        var saved = await app.WithDbAsync(db => db.Syntheses.SingleAsync(s => s.Id == id));
        var causes = SynthesisRows.Causes(saved.GapCauseRowsJson);
        Assert.Equal(4, causes.Count);
        Assert.Contains(causes, c => c is { Channel: "Phone", Objective: "rendez-vous" } && c.Cause.StartsWith("Cause écrite", StringComparison.Ordinal));
        var actions = SynthesisRows.Actions(saved.ActionRowsJson);
        Assert.Equal(new[] { ("RDV sous l'objectif", new DateOnly(2026, 12, 8)), ("Commandes : 0", new DateOnly(2027, 1, 15)) }, actions.Select(a => (a.Gap, a.DueOn!.Value)));   // the shown rows removed, the blank one dropped

        var page = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Equal("08/12/2026", page.QuerySelector("input[name='Actions[0].DueOn']")!.GetAttribute("value"));
        Assert.Contains("Cause écrite pour cause-1", page.QuerySelector("#phone-causes")!.TextContent);
    }

    [Fact]
    public async Task Create_OpenRemindersBecomeRows_ButtonAddsOnlyTheNewOnes()
    {
        var client = await app.AsAsync("eleve3");
        var (op, id) = await SynthesisTests.PrepareAsync(client, "Relances reprises");
        var ws = await app.WorkspaceOfAsync("eleve3");
        var open = await app.WithDbAsync(db => db.Reminders.Where(r => r.WorkspaceId == ws && r.Status == ReminderStatus.Open
                && (r.OperationId == op || db.OperationTargets.Any(t => t.OperationId == op && !t.Excluded && t.ProspectId == r.ProspectId)))
            .OrderBy(r => r.DueAtUtc).ThenBy(r => r.Id).Select(r => new { r.Id, r.Title }).ToListAsync());
        Assert.NotEmpty(open);   // the RDV taken on the phone left an open reminder
        var created = SynthesisRows.Actions(await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.ActionRowsJson).SingleAsync()));
        Assert.Equal(open.Select(r => (r.Id, r.Title)), created.Select(a => (a.ReminderId!.Value, a.Action)));
        Assert.All(created, a => Assert.NotNull(a.DueOn));

        // A reminder opened after the document: « Reprendre les relances ouvertes » adds it, once.
        var reminder = await app.WithDbAsync(async db =>
        {
            var r = new Reminder { WorkspaceId = ws, Kind = ReminderKind.QuoteNoAnswer, Title = "Relancer le devis sans réponse", OperationId = op, DueAtUtc = new DateTime(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc), CreatedAtUtc = new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc) };
            db.Reminders.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var (form, _) = await FormAsync(client, id, false);
        (await client.PostFormAsync($"/syntheses/{id}/relances", form, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        var page = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Contains("relance ouverte ajoutée au tableau", page.Text());
        Assert.Equal("Relancer le devis sans réponse", page.QuerySelectorAll("#retroagir-table textarea[name$='.Action']").Last(t => t.TextContent.Length > 0).TextContent);
        Assert.Contains(page.QuerySelectorAll("#retroagir-table input[name$='.DueOn']"), i => i.GetAttribute("value") == "03/12/2026");
        Assert.Contains("Devis accepté ou refusé", page.QuerySelector("#retroagir-table")!.TextContent);

        (await client.PostFormAsync($"/syntheses/{id}/relances", (await FormAsync(client, id, false)).Fields, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        Assert.Contains("Aucune autre relance ouverte à reprendre", (await client.GetDocumentAsync($"/syntheses/{id}")).Text());
        var rows = SynthesisRows.Actions(await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.ActionRowsJson).SingleAsync()));
        Assert.Equal(open.Count + 1, rows.Count);   // the form's blank rows are dropped, no reminder is taken twice
        Assert.Single(rows, r => r.ReminderId == reminder);
    }

    [Fact]
    public async Task LoyaltySection_OnlyWhenThePeriodHasCustomers()
    {
        var withOrders = await app.AsAsync("eleve4");
        var (_, id) = await SynthesisTests.PrepareAsync(withOrders, "Avec clients");
        var ws = await app.WorkspaceOfAsync("eleve4");
        var customers = await app.WithDbAsync(db => Web.Domain.Orders.OrderQueries.ConfirmedSales(db.Orders)
            .Where(o => o.WorkspaceId == ws && o.OrderDate >= new DateOnly(2026, 11, 1) && o.OrderDate <= new DateOnly(2026, 11, 30)).Select(o => o.ProspectId).Distinct().CountAsync());
        Assert.True(customers > 0, "the demo gives eleve4 confirmed orders in November");
        var page = await withOrders.GetDocumentAsync($"/syntheses/{id}");
        Assert.Contains($"{customers} {(customers > 1 ? "clients" : "client")} sur la période", page.QuerySelector("#section-fidelisation")!.TextContent);
        Assert.Equal(["A", "B", "C"], page.QuerySelectorAll("#fidelisation-abc tbody tr").Select(r => r.Children[0].TextContent));
        Assert.Contains("Taux de réachat", page.QuerySelector("#fidelisation-chiffres")!.TextContent);
        Assert.Contains("Taux de satisfaction", page.QuerySelector("#fidelisation-chiffres")!.TextContent);
        Assert.Contains("6. Suivi et fidélisation", PdfText(await withOrders.GetByteArrayAsync($"/syntheses/{id}/pdf")));

        var without = await app.AsAsync("eleve15");
        var (_, other) = await SynthesisTests.PrepareAsync(without, "Sans client");
        Assert.Null((await without.GetDocumentAsync($"/syntheses/{other}")).QuerySelector("#section-fidelisation"));
        Assert.DoesNotContain("6. Suivi et fidélisation", PdfText(await without.GetByteArrayAsync($"/syntheses/{other}/pdf")));
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task HandIn_RowsFrozenInTheSnapshot_NoEditAfter_OldSnapshotsStillRender()
    {
        var client = await app.AsAsync("eleve5");
        var (_, id) = await SynthesisTests.PrepareAsync(client, "Rétroagir figé");
        var (form, n) = await FormAsync(client, id, true, Row);   // the pre-filled reminder rows removed: only the student's row stays
        form["rendre"] = "true";
        (await client.PostFormAsync($"/syntheses/{id}", form, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}/rendre");
        (await client.PostFormAsync($"/syntheses/{id}/rendre", [], $"/syntheses/{id}/rendre")).AssertRedirectsTo($"/syntheses/{id}");

        var snapshot = System.Text.Json.Nodes.JsonNode.Parse(await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.SnapshotJson!).SingleAsync()))!;
        Assert.Equal("Rappeler le mardi à 10 h", snapshot["actions"]![0]!["action"]!.GetValue<string>());
        Assert.Single(snapshot["actions"]!.AsArray());
        Assert.Equal(4, snapshot["gapCauses"]!.AsArray().Count);

        // After the hand-in: the form is gone, a post is refused, the rows stay as handed in.
        var edit = form.ToDictionary();
        edit[$"Actions[{n}].Action"] = "Réécrit après coup";
        edit.Remove("rendre");
        (await client.PostFormAsync($"/syntheses/{id}", edit, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        (await client.PostFormAsync($"/syntheses/{id}/relances", edit, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        // Even a row changed in the database under it does not change the handed-in document: it reads its snapshot.
        await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).ExecuteUpdateAsync(x => x.SetProperty(s => s.ActionRowsJson, "[]")));
        var page = await client.GetDocumentAsync($"/syntheses/{id}");
        Assert.Null(page.QuerySelector("textarea[name^='Actions[']"));
        var frozen = page.QuerySelector("#retroagir-table tbody")!.TextContent;
        Assert.Contains("Rappeler le mardi à 10 h", frozen);
        Assert.Contains("08/12/2026", frozen);
        Assert.DoesNotContain("Réécrit après coup", frozen);
        Assert.Contains("Cause écrite pour cause-0", page.QuerySelector("#phone-causes")!.TextContent);

        // A snapshot frozen before the rows (no cover, no rows, no loyalty) still renders, its rows read from the document.
        await app.WithDbAsync(async db =>
        {
            var s = await db.Syntheses.SingleAsync(x => x.Id == id);
            var node = System.Text.Json.Nodes.JsonNode.Parse(s.SnapshotJson!)!.AsObject();
            foreach (var key in new[] { "cover", "loyalty", "annexes", "gapCauses", "actions" })
            {
                node.Remove(key);
            }
            s.SnapshotJson = node.ToJsonString();
            s.ActionRowsJson = SynthesisRows.ToJson([new SynthesisAction("Ancien écart", "Ancienne cause", "Ancienne action", null, "Ancien indicateur")]);
            return await db.SaveChangesAsync();
        });
        var old = await client.GetAsync($"/syntheses/{id}");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Contains("Ancienne action", (await old.ReadDocumentAsync()).QuerySelector("#retroagir-table")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/syntheses/{id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/syntheses/{id}/docx")).StatusCode);
    }

    [Fact]
    public async Task HandIn_ACauseOrARowMissing_RefusedNamingIt()
    {
        var client = await app.AsAsync("eleve7");
        var (_, id) = await SynthesisTests.PrepareAsync(client, "Cause oubliée");
        var (form, _) = await FormAsync(client, id, true, ("RDV sous l'objectif", "", "Rappeler le mardi", "08/12/2026", "Taux de RDV"));
        form["Causes[3].Cause"] = "";
        form["rendre"] = "true";
        var refused = await (await client.PostFormAsync($"/syntheses/{id}", form, $"/syntheses/{id}")).ReadDocumentAsync();
        var summary = refused.QuerySelector("#erreurs")!.TextContent;
        Assert.Contains("4. Analyse : la cause de l'écart est vide pour « CA HT (téléphone) »", summary);
        Assert.Contains("5. Rétroagir, ligne 1 : complétez la cause", summary);

        // Every row removed: a text of next steps does not replace the table.
        var (empty, _) = await FormAsync(client, id, true);
        empty["CorrectiveActions"] = "Rappeler tout le monde.";
        empty["rendre"] = "true";
        var noTable = await (await client.PostFormAsync($"/syntheses/{id}", empty, $"/syntheses/{id}")).ReadDocumentAsync();
        Assert.Contains("5. Rétroagir : le tableau « écart → cause → action corrective → échéance → indicateur de suivi » est vide", noTable.QuerySelector("#erreurs")!.TextContent);
        Assert.Equal("Rappeler tout le monde.", noTable.QuerySelector("textarea[name=CorrectiveActions]")!.TextContent);   // saved, shown again
        Assert.Equal(SynthesisStatus.Draft, await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Access_AnotherWorkspacesStudent404_TeacherOfAnotherClass404()
    {
        var owner = await app.AsAsync("eleve8");
        var (_, id) = await SynthesisTests.PrepareAsync(owner, "Rétroagir privé");
        var (form, n) = await FormAsync(owner, id, false, Row);
        (await owner.PostFormAsync($"/syntheses/{id}", form, $"/syntheses/{id}")).AssertRedirectsTo($"/syntheses/{id}");
        var before = await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.ActionRowsJson).SingleAsync());

        var intruder = await app.AsAsync("eleve9");
        var tampered = form.ToDictionary();
        tampered[$"Actions[{n}].Action"] = "piraté";
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/syntheses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/syntheses/{id}", tampered, "/syntheses")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/syntheses/{id}/relances", tampered, "/syntheses")).StatusCode);
        var otherTeacher = await app.AsAsync("prof.durand");
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/syntheses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/syntheses/{id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.PostFormAsync($"/syntheses/{id}/relances", tampered, "/classes")).StatusCode);   // no teacher writes a student's rows
        var teacher = await app.AsAsync("prof.martin");
        Assert.Contains("Rappeler le mardi à 10 h", (await teacher.GetDocumentAsync($"/syntheses/{id}")).QuerySelector("#retroagir-table")!.TextContent);
        Assert.Equal(before, await app.WithDbAsync(db => db.Syntheses.Where(s => s.Id == id).Select(s => s.ActionRowsJson).SingleAsync()));
    }
}
