using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Reminders;

/// <summary>« Relances à venir » on the prospect card, the operation and the order; a past date asks to confirm.</summary>
public sealed class UpcomingRemindersTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    [Fact]
    public async Task ProspectOperationOrder_EachShowsItsReminders_WithDoneAndSnooze()
    {
        var client = await app.AsAsync("eleve3");
        var ws = await app.WorkspaceOfAsync("eleve3");
        var (prospect, operation, order) = await app.WithDbAsync(async db => (
            await db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            await db.Operations.Where(o => o.WorkspaceId == ws).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            await db.Orders.Where(o => o.WorkspaceId == ws && o.Status != Web.Domain.Orders.OrderStatus.Cancelled).OrderBy(o => o.Id).Select(o => new { o.Id, o.ProspectId }).FirstAsync()));
        foreach (var (field, id, page, title) in new[]
        {
            ("ProspectId", prospect, $"/prospects/{prospect}", "Envoyer la documentation au prospect"),
            ("OperationId", operation, $"/operations/{operation}", "Faire le point sur l'opération"),
            ("OrderId", order.Id, $"/commandes/{order.Id}", "Appeler le client pour la livraison"),
        })
        {
            (await client.PostFormAsync("/relances/nouvelle", new() { ["Title"] = title, ["DueAt"] = "2026-11-30T09:00", [field] = $"{id}", ["Back"] = page }, page))
                .AssertRedirectsTo(page);
            var reminder = await app.WithDbAsync(db => db.Reminders.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());
            var document = await client.GetDocumentAsync(page);
            var block = document.QuerySelector("#bloc-relances")!;
            Assert.Contains("Relances à venir", block.TextContent);
            Assert.Contains(title, block.QuerySelector($"#relance-{reminder}")!.TextContent);
            Assert.Contains("30/11/2026 09:00", block.QuerySelector($"#relance-{reminder}")!.TextContent);
            Assert.Equal(page, block.QuerySelector($"form[action='/relances/{reminder}/fait'] input[name=retour]")!.GetAttribute("value"));
            Assert.NotNull(block.QuerySelector($"form[action='/relances/{reminder}/reporter']"));
        }

        var done = await app.WithDbAsync(db => db.Reminders.Where(r => r.Title == "Appeler le client pour la livraison").Select(r => r.Id).SingleAsync());
        (await client.PostFormAsync($"/relances/{done}/fait", new() { ["retour"] = $"/commandes/{order.Id}" }, $"/commandes/{order.Id}")).AssertRedirectsTo($"/commandes/{order.Id}");
        var after = await client.GetDocumentAsync($"/commandes/{order.Id}");
        Assert.Contains("Relance faite.", after.Text());
        Assert.Null(after.QuerySelector($"#relance-{done}"));
    }

    [Fact]
    public async Task PastDate_ComesBackToConfirm_KeepingWhatWasTyped()
    {
        var client = await app.AsAsync("eleve4");
        var ws = await app.WorkspaceOfAsync("eleve4");
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var fields = new Dictionary<string, string> { ["Title"] = "Rappeler pour la brochure oubliée", ["DueAt"] = "2026-11-20T09:00", ["ProspectId"] = $"{prospect}", ["Back"] = $"/prospects/{prospect}" };

        (await client.PostFormAsync("/relances/nouvelle", fields, $"/prospects/{prospect}")).AssertRedirectsTo($"/prospects/{prospect}");

        Assert.False(await app.WithDbAsync(db => db.Reminders.AnyAsync(r => r.Title == "Rappeler pour la brochure oubliée")));
        var again = await client.GetDocumentAsync($"/prospects/{prospect}");
        Assert.Contains("Cette date est déjà passée", again.QuerySelector("#reminder-past")!.TextContent);
        Assert.Equal("Oui, cette date est passée", again.QuerySelector("label[for=reminder-past-ok]")!.TextContent);
        Assert.Equal("Rappeler pour la brochure oubliée", again.QuerySelector("#reminder-title")!.GetAttribute("value"));
        Assert.Equal("2026-11-20T09:00", again.QuerySelector("#reminder-due")!.GetAttribute("value"));
        Assert.Null((await client.GetDocumentAsync($"/prospects/{prospect}")).QuerySelector("#reminder-past"));   // asked once, not on every page after

        fields["PastConfirmed"] = "true";
        (await client.PostFormAsync("/relances/nouvelle", fields, $"/prospects/{prospect}")).AssertRedirectsTo($"/prospects/{prospect}");
        var saved = await app.WithDbAsync(db => db.Reminders.SingleAsync(r => r.Title == "Rappeler pour la brochure oubliée"));
        Assert.Equal(new DateTime(2026, 11, 20, 8, 0, 0), saved.DueAtUtc);
        Assert.Contains("en retard", (await client.GetDocumentAsync($"/prospects/{prospect}")).QuerySelector($"#relance-{saved.Id}")!.TextContent);
    }

    [Fact]
    public async Task Access_TeacherSeesTheBlockWithoutButtons_OthersGet404()
    {
        var owner = await app.AsAsync("eleve2");
        var ws = await app.WorkspaceOfAsync("eleve2");
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        (await owner.PostFormAsync("/relances/nouvelle", new() { ["Title"] = "Relance de la fiche d'eleve2", ["DueAt"] = "2026-12-01T09:00", ["ProspectId"] = $"{prospect}", ["Back"] = $"/prospects/{prospect}" }, $"/prospects/{prospect}"))
            .AssertRedirectsTo($"/prospects/{prospect}");
        var id = await app.WithDbAsync(db => db.Reminders.Where(r => r.Title == "Relance de la fiche d'eleve2").Select(r => r.Id).SingleAsync());

        var teacher = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/prospects/{prospect}");
        Assert.Contains("Relance de la fiche d'eleve2", teacher.QuerySelector("#bloc-relances")!.TextContent);
        Assert.Null(teacher.QuerySelector($"form[action='/relances/{id}/fait']"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/prospects/{prospect}")).StatusCode);
        var intruder = await app.AsAsync("eleve1");
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/prospects/{prospect}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/relances/{id}/reporter", new() { ["By"] = "1j", ["retour"] = $"/prospects/{prospect}" }, "/relances")).StatusCode);
        Assert.Equal(ReminderStatus.Open, await app.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }
}
