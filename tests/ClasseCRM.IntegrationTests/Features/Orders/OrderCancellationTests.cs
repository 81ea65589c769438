using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Orders;

/// <summary>
/// Issue 18, item 7: the order page shows its status in colour and words and a step bar; « Annuler » is apart from the
/// step buttons and is confirmed on its own page (reason and date), never by a step button; access as everywhere.
/// </summary>
public sealed class OrderCancellationTests(OrderCancellationTests.App app) : IClassFixture<OrderCancellationTests.App>
{
    public sealed class App : TestApp
    {
        public App()
        {
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
            RunJobServer = false;
        }
    }

    /// <summary>A quote sent to the student's first business prospect (Tle MCV B has no demo orders).</summary>
    private async Task<int> SentQuoteAsync(HttpClient client, string student)
    {
        var (prospect, product) = await app.WithDbAsync(async db =>
        {
            var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync();
            var p = await db.Prospects.Where(p => p.WorkspaceId == ws && p.Kind == ProspectKind.Organisation && p.Status == ProspectStatus.Prospect).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var scenario = await db.Workspaces.Where(w => w.Id == ws).Select(w => w.ScenarioId).FirstAsync();
            var pr = await db.ScenarioProducts.Where(x => x.ScenarioId == scenario).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
            return (p, pr);
        });
        var created = await client.PostFormAsync("/commandes/nouveau", new()
        {
            ["IsOrder"] = "false", ["ProspectId"] = $"{prospect}", ["PaymentTermDays"] = "30",
            ["Lines[0].ProductId"] = $"{product}", ["Lines[0].Quantity"] = "1",
        }, "/commandes/nouveau?type=devis");
        created.AssertRedirectsTo("/commandes/");
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        (await client.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "QuoteSent", ["On"] = "2026-11-24" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");
        return id;
    }

    private Task<OrderStatus> StatusAsync(int id) => app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());

    [Fact]
    public async Task OrderPage_StatusInWordsAndColour_StepBar_CancelApartFromTheSteps()
    {
        var client = await app.AsAsync("eleve15");
        var id = await SentQuoteAsync(client, "eleve15");

        var page = await client.GetDocumentAsync($"/commandes/{id}");

        var status = page.QuerySelector("#statut")!;
        Assert.Equal("Devis envoyé", status.TextContent.Trim());
        Assert.Contains("bg-info-subtle", status.ClassName);
        var steps = page.QuerySelectorAll("#etapes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal("Brouillon✓ fait", steps[0]);
        Assert.Equal("Devis envoyéétape actuelle le 24/11/2026", steps[1]);
        Assert.Equal("Devis acceptéprochaine étape", steps[2]);
        Assert.Equal("Payéeà venir", steps[^1]);
        Assert.Equal("step", page.QuerySelector("#etapes li.actuelle")!.GetAttribute("aria-current"));
        // The step forms move forward only; the cancellation is a link to its confirmation, in its own block.
        Assert.Equal(["Accepted"], page.QuerySelectorAll("form[action$='/etape'] input[name=To]").Select(i => i.GetAttribute("value")));
        Assert.Equal($"/commandes/{id}/annuler", page.QuerySelector("#annulation a")!.GetAttribute("href"));
        Assert.Contains("Annuler le devis", page.QuerySelector("#annulation")!.TextContent);
    }

    [Fact]
    public async Task Cancel_IsConfirmedOnItsPage_WithReason_NeverByAStepButton()
    {
        var client = await app.AsAsync("eleve16");
        var id = await SentQuoteAsync(client, "eleve16");

        var byStep = await client.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "Cancelled", ["On"] = "2026-11-24", ["Reason"] = "Trop cher" }, $"/commandes/{id}");
        Assert.Equal(HttpStatusCode.OK, byStep.StatusCode);
        Assert.Contains("Une annulation se confirme sur sa page", await byStep.TextAsync());
        Assert.Equal(OrderStatus.QuoteSent, await StatusAsync(id));

        var confirm = await client.GetDocumentAsync($"/commandes/{id}/annuler");
        Assert.Contains("ne pourra plus avancer", confirm.QuerySelector("#consequences")!.TextContent);
        Assert.Equal("2026-11-24", confirm.QuerySelector("input[name=On]")!.GetAttribute("value"));
        var noReason = await client.PostFormAsync($"/commandes/{id}/annuler", new() { ["On"] = "2026-11-25", ["Reason"] = " " }, $"/commandes/{id}/annuler");
        var again = await noReason.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Indiquez le motif de l'annulation.", again.QuerySelector("#erreurs")!.TextContent);
        Assert.Equal("2026-11-25", again.QuerySelector("input[name=On]")!.GetAttribute("value"));   // what was typed is kept
        Assert.Equal(OrderStatus.QuoteSent, await StatusAsync(id));

        (await client.PostFormAsync($"/commandes/{id}/annuler", new() { ["On"] = "2026-11-25", ["Reason"] = "Le client a choisi un concurrent" }, $"/commandes/{id}/annuler"))
            .AssertRedirectsTo($"/commandes/{id}");
        var order = await app.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal((OrderStatus.Cancelled, new DateOnly(2026, 11, 25), "Le client a choisi un concurrent"), (order.Status, order.CancelledOn, order.CancelReason));
        var page = await client.GetDocumentAsync($"/commandes/{id}");
        Assert.Contains("Devis annulé.", page.Text());
        Assert.Equal("Annuléeannulé le 25/11/2026", page.QuerySelector("#etapes li.actuelle")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#annulation"));
        // Once cancelled, the confirmation page sends back to the document with a message.
        var late = await client.GetAsync($"/commandes/{id}/annuler");
        late.AssertRedirectsTo($"/commandes/{id}");
    }

    [Fact]
    public async Task Cancel_AnotherStudent404_Teacher403_OtherTeacher404()
    {
        var owner = await app.AsAsync("eleve17");
        var id = await SentQuoteAsync(owner, "eleve17");
        var intruder = await app.AsAsync("eleve18");
        var teacher = await app.AsAsync("prof.durand");
        var otherTeacher = await app.AsAsync("prof.martin");
        var form = new Dictionary<string, string> { ["On"] = "2026-11-24", ["Reason"] = "Intrusion" };

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/commandes/{id}/annuler")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/commandes/{id}/annuler", form, "/commandes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/commandes/{id}/annuler")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/commandes/{id}/annuler", form, "/classes")).StatusCode);
        Assert.Null((await teacher.GetDocumentAsync($"/commandes/{id}")).QuerySelector("#annulation"));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.PostFormAsync($"/commandes/{id}/annuler", form, "/classes")).StatusCode);
        Assert.Equal(OrderStatus.QuoteSent, await StatusAsync(id));
    }
}
