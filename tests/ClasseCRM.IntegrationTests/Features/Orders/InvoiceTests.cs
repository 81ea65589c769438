using System.Net;
using System.Text.RegularExpressions;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace ClasseCRM.IntegrationTests.Features.Orders;

/// <summary>
/// Factures and avoirs through HTTP: the invoice issued at the « facturée » step with its gap-free chronological number,
/// its PDF and its mentions (B2B and B2C), the avoir of a cancelled invoiced order, numbering under concurrency, access.
/// Each test works in its own workspace of the second class (no demo orders there), so its numbers start at 0001.
/// </summary>
public sealed class InvoiceTests(InvoiceTests.App app) : IClassFixture<InvoiceTests.App>
{
    public sealed class App : TestApp
    {
        public App() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 30, 0, TimeSpan.Zero));
    }

    private const string InvoiceDay = "2026-11-29";

    /// <summary>A student of the n-th workspace of « Tle MCV B » (pairs: one student per workspace).</summary>
    private async Task<string> StudentAsync(int workspace) =>
        (await app.WithDbAsync(db => db.Workspaces.Where(w => w.Class!.Name == "Tle MCV B").OrderBy(w => w.Id)
            .Select(w => w.Members.OrderBy(m => m.Id).Select(m => m.Student!.UserName!).First()).ToListAsync()))[workspace];

    private Task<int> ProductAsync(string reference) =>
        app.WithDbAsync(db => db.ScenarioProducts.Where(p => p.Reference == reference && db.Scenarios.Any(s => s.Id == p.ScenarioId && s.OwnerId == null)).Select(p => p.Id).FirstAsync());

    private Task<int> BusinessClientAsync(string student, int skip = 0) => app.WithDbAsync(async db =>
    {
        var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync();
        return await db.Prospects.Where(p => p.WorkspaceId == ws && p.Kind == ProspectKind.Organisation && p.Status == ProspectStatus.Prospect && p.Siret != null)
            .OrderBy(p => p.Id).Skip(skip).Select(p => p.Id).FirstAsync();
    });

    private Task<int> IndividualClientAsync(string student) => app.WithDbAsync(async db =>
    {
        var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync();
        var p = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Individual, Name = "Martin Claire", Street = "8 rue des Tilleuls", PostalCode = "35000", City = "Rennes", Department = "35", Status = ProspectStatus.Prospect };
        p.RefreshSearchFields();
        db.Prospects.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    /// <summary>An order written, confirmed and delivered through the real forms.</summary>
    private async Task<int> DeliveredOrderAsync(HttpClient client, int prospectId, string product = "FRO-STM", string quantity = "2", string? deliveryAddress = null)
    {
        var form = new Dictionary<string, string>
        {
            ["IsOrder"] = "true",
            ["ProspectId"] = prospectId.ToString(),
            ["PaymentTermDays"] = "30",
            ["Lines[0].ProductId"] = (await ProductAsync(product)).ToString(),
            ["Lines[0].Quantity"] = quantity,
        };
        if (deliveryAddress is not null)
        {
            form["DeliveryAddress"] = deliveryAddress;
        }
        var created = await client.PostFormAsync("/commandes/nouveau", form, "/commandes/nouveau?type=commande");
        created.AssertRedirectsTo("/commandes/");
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        (await StepAsync(client, id, "Confirmed", "2026-11-24")).AssertRedirectsTo($"/commandes/{id}");
        (await StepAsync(client, id, "Delivered", "2026-11-25")).AssertRedirectsTo($"/commandes/{id}");
        return id;
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, int id, string to, string on = InvoiceDay) =>
        client.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = to, ["On"] = on }, $"/commandes/{id}");

    private static string TextOf(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        // Read back word by word: a no-break space before a sign comes back as a word break, put back by the rule.
        return FrenchTypography.Apply(string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [Fact]
    public async Task Invoicing_IssuesFA0001ThenFA0002_Once_InChronologicalOrder_WithTheDueDate()
    {
        var student = await StudentAsync(0);
        var client = await app.AsAsync(student);
        var first = await DeliveredOrderAsync(client, await BusinessClientAsync(student));
        var second = await DeliveredOrderAsync(client, await BusinessClientAsync(student, 1));
        var third = await DeliveredOrderAsync(client, await BusinessClientAsync(student, 2));

        (await StepAsync(client, first, "Invoiced")).AssertRedirectsTo($"/commandes/{first}");
        var again = await StepAsync(client, first, "Invoiced");
        Assert.Contains("Passage impossible de « Facturée » à « Facturée ».", await again.TextAsync());
        (await StepAsync(client, second, "Invoiced")).AssertRedirectsTo($"/commandes/{second}");
        var tooEarly = await StepAsync(client, third, "Invoiced", "2026-11-27");
        Assert.Contains("La date de la facture (27/11/2026) précède celle de la dernière facture émise (FA-2026-0002 du 29/11/2026)", await tooEarly.TextAsync());
        (await StepAsync(client, third, "Invoiced", "2026-11-30")).AssertRedirectsTo($"/commandes/{third}");

        var invoices = await app.WithDbAsync(db => db.Invoices.Where(i => i.OrderId == first || i.OrderId == second || i.OrderId == third).ToListAsync());
        Assert.Equal(["FA-2026-0001", "FA-2026-0002", "FA-2026-0003"], invoices.OrderBy(i => i.Id).Select(i => i.Number));
        Assert.Single(invoices, i => i.OrderId == first);
        var invoice = invoices.Single(i => i.OrderId == first);
        var order = await app.WithDbAsync(db => db.Orders.SingleAsync(o => o.Id == first));
        Assert.Equal((new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 29)), (invoice.IssuedOn, invoice.DueOn!.Value));
        Assert.Equal((order.NetExclVat, order.VatTotal, order.TotalInclVat), (invoice.NetExclVat, invoice.VatTotal, invoice.TotalInclVat));
        Assert.Equal(order.OrderNumber, invoice.OrderNumber);
        Assert.Equal(new DateOnly(2026, 11, 25), invoice.SaleOn);

        var page = await client.GetDocumentAsync($"/commandes/{first}");
        var shown = page.QuerySelector("#facture")!.TextContent;
        Assert.Contains("FA-2026-0001 du 29/11/2026, échéance le 29/12/2026", shown);
        Assert.Equal($"/commandes/{first}/facture", page.QuerySelector("#facture a")!.GetAttribute("href"));
        Assert.Contains(await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == order.ProspectId).Select(n => n.Text).ToListAsync()),
            t => t.Contains("Facture FA-2026-0001, échéance : 29/12/2026"));
    }

    [Fact]
    public async Task InvoicePdf_Business_EveryMention_TermsWrittenOnce_AndTheOrderPdfStaysABonDeCommande()
    {
        var student = await StudentAsync(2);
        var client = await app.AsAsync(student);
        var prospectId = await BusinessClientAsync(student);
        var id = await DeliveredOrderAsync(client, prospectId, deliveryAddress: "Cuisine centrale, 2 rue du Marché, 35400 Saint-Malo");
        (await StepAsync(client, id, "Invoiced")).AssertRedirectsTo($"/commandes/{id}");
        var ws = await app.WorkspaceOfAsync(student);
        var company = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Id == ws).Select(w => w.Scenario!).SingleAsync());
        var prospect = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == prospectId));
        var orderNumber = await app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.OrderNumber).SingleAsync());
        var number = await app.WithDbAsync(db => db.Invoices.Where(i => i.OrderId == id).Select(i => i.Number).SingleAsync());

        var response = await client.GetAsync($"/commandes/{id}/facture");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = TextOf(await response.Content.ReadAsByteArrayAsync());
        var order = TextOf(await client.GetByteArrayAsync($"/commandes/{id}/pdf"));

        Assert.Matches("^FA-2026-000[12]$", number);   // the workspace's first or second invoice
        Assert.Contains($"FACTURE n° {number}", pdf);
        Assert.Contains("Date de facture : 29/11/2026", pdf);
        Assert.Contains($"Bon de commande n° {orderNumber}", pdf);
        Assert.Equal("52398761800015", company.Siret);
        Assert.Contains($"SIRET {company.Siret}", pdf);
        Assert.Contains($"RCS {company.RcsCity}", pdf);
        Assert.Contains(company.VatNumber, pdf);
        Assert.Contains(FrenchTypography.Apply(company.LegalForm), pdf);
        Assert.Contains($"SIREN {prospect.Siret![..9]}", pdf);
        Assert.Contains("Adresse de livraison : Cuisine centrale, 2 rue du Marché, 35400 Saint-Malo", pdf);
        Assert.Contains("Nature de l'opération : livraison de biens.", pdf);
        Assert.Contains("Date de la vente (livraison) : 25/11/2026", pdf);
        Assert.Contains("TVA 5,5 %", pdf);
        Assert.Contains("Total TTC", pdf);
        Assert.Equal(1, Count(pdf, "Paiement à 30 jours date de facture, échéance le 29/12/2026"));
        Assert.Equal(1, Count(pdf, "jours date de facture"));
        Assert.Contains("Pas d'escompte pour paiement anticipé", pdf);
        Assert.Contains("indemnité forfaitaire pour frais de recouvrement de 40 €", pdf);
        Assert.Contains("pénalités exigibles sans rappel", pdf);

        Assert.Contains($"BON DE COMMANDE n° {orderNumber}", order);
        Assert.DoesNotContain("FACTURE", order);
        Assert.Contains("Conditions de paiement : 30 jours date de facture, échéance le 29/12/2026.", order);
        Assert.Equal(1, Count(order, "date de facture"));
    }

    [Fact]
    public async Task InvoicePdf_Individual_NoLatePenaltiesNor40Euros()
    {
        var student = await StudentAsync(2);
        var client = await app.AsAsync(student);
        var id = await DeliveredOrderAsync(client, await IndividualClientAsync(student), "VIN-BJL", "3");
        (await StepAsync(client, id, "Invoiced")).AssertRedirectsTo($"/commandes/{id}");

        var pdf = TextOf(await client.GetByteArrayAsync($"/commandes/{id}/facture"));

        Assert.Contains("FACTURE n° FA-2026-", pdf);
        Assert.Contains("Martin Claire", pdf);
        Assert.Equal(1, Count(pdf, "Paiement à 30 jours date de facture, échéance le 29/12/2026"));
        Assert.DoesNotContain("40 €", pdf);
        Assert.DoesNotContain("pénalités", pdf);
        Assert.DoesNotContain("SIREN ", pdf);
    }

    [Fact]
    public async Task CancelAfterInvoicing_IssuesAnAvoir_ReferringToTheInvoice_AmountsNegated()
    {
        var student = await StudentAsync(3);
        var client = await app.AsAsync(student);
        var id = await DeliveredOrderAsync(client, await BusinessClientAsync(student), "LAI-CRM", "4");
        (await StepAsync(client, id, "Invoiced")).AssertRedirectsTo($"/commandes/{id}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/commandes/{id}/avoir")).StatusCode);

        // A cancellation is confirmed on its own page (issue 18), which says the avoir it issues.
        var confirm = await client.GetDocumentAsync($"/commandes/{id}/annuler");
        Assert.Contains("La facture FA-2026-0001 est annulée par un avoir", confirm.QuerySelector("#consequences")!.TextContent);
        var noReason = await client.PostFormAsync($"/commandes/{id}/annuler", new() { ["On"] = "2026-11-30" }, $"/commandes/{id}/annuler");
        Assert.Contains("Indiquez le motif de l'annulation.", await noReason.TextAsync());
        (await client.PostFormAsync($"/commandes/{id}/annuler", new() { ["On"] = "2026-11-30", ["Reason"] = "Retour de la marchandise" }, $"/commandes/{id}/annuler"))
            .AssertRedirectsTo($"/commandes/{id}");

        var documents = await app.WithDbAsync(db => db.Invoices.Where(i => i.OrderId == id).ToListAsync());
        var invoice = documents.Single(i => i.Kind == InvoiceKind.Invoice);
        var credit = documents.Single(i => i.Kind == InvoiceKind.CreditNote);
        Assert.Equal(("FA-2026-0001", "AV-2026-0001", "FA-2026-0001"), (invoice.Number, credit.Number, credit.CreditedInvoiceNumber));
        Assert.Equal((-113.94m, -108.00m, -5.94m), (credit.TotalInclVat, credit.NetExclVat, credit.VatTotal));   // 4 × 27,00 HT, TVA 5,5 %
        Assert.Equal(OrderStatus.Cancelled, await app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));

        var pdf = TextOf(await client.GetByteArrayAsync($"/commandes/{id}/avoir"));
        Assert.Contains("AVOIR n° AV-2026-0001", pdf);
        Assert.Contains("Sur la facture n° FA-2026-0001 du 29/11/2026", pdf);
        Assert.Contains("Retour de la marchandise", pdf);
        Assert.Contains("-113,94", pdf);
        var page = await client.GetDocumentAsync($"/commandes/{id}");
        Assert.Contains("AV-2026-0001 du 30/11/2026, sur la facture FA-2026-0001", page.QuerySelector("#avoir")!.TextContent);
        Assert.Contains("FA-2026-0001", page.QuerySelector("#facture")!.TextContent);
    }

    [Fact]
    public async Task Invoicing_ConcurrentRequests_GiveConsecutiveNumbersWithoutGapsNorDuplicates()
    {
        var student = await StudentAsync(1);
        var client = await app.AsAsync(student);
        var ids = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await DeliveredOrderAsync(client, await BusinessClientAsync(student, i)));
        }
        var token = await client.TokenAsync($"/commandes/{ids[0]}");
        var form = new Dictionary<string, string> { ["To"] = "Invoiced", ["On"] = InvoiceDay, ["__RequestVerificationToken"] = token };

        // Eight orders at once, and the first one twice.
        var responses = await Task.WhenAll(ids.Append(ids[0]).Select(id => client.PostAsync($"/commandes/{id}/etape", new FormUrlEncodedContent(form))));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ws = await app.WorkspaceOfAsync(student);
        var invoices = await app.WithDbAsync(db => db.Invoices.Where(i => i.WorkspaceId == ws).Select(i => new { i.OrderId, i.Number }).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"FA-2026-{i:0000}"), invoices.Select(i => i.Number).Order());
        Assert.Equal(ids.Order(), invoices.Select(i => i.OrderId).Order());
        Assert.Equal(8, await app.WithDbAsync(db => db.DocumentCounters.Where(c => c.WorkspaceId == ws && c.Kind == "FA" && c.Year == 2026).Select(c => c.Last).SingleAsync()));
    }

    [Fact]
    public async Task InvoicePdf_OtherStudent404_OtherTeacher404_ClassTeacherReads()
    {
        var student = await StudentAsync(4);
        var owner = await app.AsAsync(student);
        var id = await DeliveredOrderAsync(owner, await BusinessClientAsync(student));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/commandes/{id}/facture")).StatusCode);   // not invoiced yet
        (await StepAsync(owner, id, "Invoiced")).AssertRedirectsTo($"/commandes/{id}");
        var sameClass = await app.AsAsync(await StudentAsync(5));
        var otherClass = await app.AsAsync("eleve1");
        var otherTeacher = await app.AsAsync("prof.martin");
        var teacher = await app.AsAsync("prof.durand");

        Assert.Equal(HttpStatusCode.NotFound, (await sameClass.GetAsync($"/commandes/{id}/facture")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClass.GetAsync($"/commandes/{id}/facture")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClass.GetAsync($"/commandes/{id}/avoir")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/commandes/{id}/facture")).StatusCode);
        var read = await teacher.GetAsync($"/commandes/{id}/facture");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("FACTURE n° FA-2026-0001", TextOf(await read.Content.ReadAsByteArrayAsync()));
        Assert.Contains("FA-2026-0001", (await teacher.GetDocumentAsync($"/commandes/{id}")).QuerySelector("#facture")!.TextContent);
    }

    [Fact]
    public async Task DemoSchool_TheInvoicedOrders_HaveTheirInvoices_NumberedInOrder()
    {
        var ws = await app.WorkspaceOfAsync("eleve1");
        var orders = await app.WithDbAsync(db => db.Orders.Where(o => o.WorkspaceId == ws && o.InvoicedOn != null).Select(o => new { o.Id, o.InvoicedOn, o.Status, o.PaidTotal, o.TotalInclVat }).ToListAsync());
        var invoices = await app.WithDbAsync(db => db.Invoices.Where(i => i.WorkspaceId == ws && i.Kind == InvoiceKind.Invoice).OrderBy(i => i.Number).ToListAsync());

        Assert.Contains(orders, o => o.Status == OrderStatus.Invoiced && o.PaidTotal > 0 && o.PaidTotal < o.TotalInclVat);   // facturée et à moitié payée
        Assert.Equal(orders.Select(o => o.Id).Order(), invoices.Select(i => i.OrderId).Order());
        Assert.Equal(Enumerable.Range(1, invoices.Count).Select(i => $"FA-2026-{i:0000}"), invoices.Select(i => i.Number));
        Assert.Equal(invoices.Select(i => i.IssuedOn).Order(), invoices.Select(i => i.IssuedOn));
        var halfPaid = orders.First(o => o.Status == OrderStatus.Invoiced);
        var page = await (await app.AsAsync("eleve1")).GetDocumentAsync($"/commandes/{halfPaid.Id}");
        Assert.Contains(invoices.Single(i => i.OrderId == halfPaid.Id).Number, page.QuerySelector("#facture")!.TextContent);
    }

    [Fact]
    public async Task OrderForm_DeliveryAddressTooLong_FrenchMessage_TypedTextKept_NothingSaved()
    {
        var student = await StudentAsync(5);
        var client = await app.AsAsync(student);
        var ws = await app.WorkspaceOfAsync(student);
        var before = await app.WithDbAsync(db => db.Orders.CountAsync(o => o.WorkspaceId == ws));
        var address = "Quai " + new string('x', 300);

        var response = await client.PostFormAsync("/commandes/nouveau", new()
        {
            ["IsOrder"] = "true",
            ["ProspectId"] = (await BusinessClientAsync(student)).ToString(),
            ["PaymentTermDays"] = "30",
            ["Lines[0].ProductId"] = (await ProductAsync("FRO-STM")).ToString(),
            ["Lines[0].Quantity"] = "1",
            ["DeliveryAddress"] = address,
        }, "/commandes/nouveau?type=commande");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("300 caractères au plus.", page.Text());
        Assert.Equal(address, page.QuerySelector("input[name=DeliveryAddress]")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Orders.CountAsync(o => o.WorkspaceId == ws)));
    }
}
