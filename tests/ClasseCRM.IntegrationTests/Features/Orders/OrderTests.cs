using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace ClasseCRM.IntegrationTests.Features.Orders;

/// <summary>Quotes and orders through HTTP: money, negotiation room, numbering, status flow, payments, PDF, access.</summary>
public sealed class OrderTests(OrderTests.App app) : IClassFixture<OrderTests.App>
{
    public sealed class App : TestApp
    {
        public App() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
    }

    private const string Nbsp = "\u00A0";

    private Task<int> ProductAsync(string reference) =>
        app.WithDbAsync(db => db.ScenarioProducts.Where(p => p.Reference == reference && db.Scenarios.Any(s => s.Id == p.ScenarioId && s.OwnerId == null)).Select(p => p.Id).FirstAsync());

    private Task<int> ClientAsync(string student, int skip = 0) => app.WithDbAsync(async db =>
    {
        var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync();
        return await db.Prospects.Where(p => p.WorkspaceId == ws && p.Kind == ProspectKind.Organisation && p.Status == ProspectStatus.Prospect).OrderBy(p => p.Id).Skip(skip).Select(p => p.Id).FirstAsync();
    });

    private static Dictionary<string, string> Form(int client, params (int Product, string Quantity, string? Discount)[] lines)
    {
        var form = new Dictionary<string, string> { ["ProspectId"] = client.ToString(), ["PaymentTermDays"] = "30" };
        for (var i = 0; i < lines.Length; i++)
        {
            form[$"Lines[{i}].ProductId"] = lines[i].Product.ToString();
            form[$"Lines[{i}].Quantity"] = lines[i].Quantity;
            if (lines[i].Discount is { } d)
            {
                form[$"Lines[{i}].DiscountPercent"] = d;
            }
        }
        return form;
    }

    private static async Task<int> CreateAsync(HttpClient client, Dictionary<string, string> form, string type = "devis")
    {
        form["IsOrder"] = type == "commande" ? "true" : "false";
        var response = await client.PostFormAsync("/commandes/nouveau", form, $"/commandes/nouveau?type={type}");
        response.AssertRedirectsTo("/commandes/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, int id, string to, string on = "2026-11-24", string? reason = null)
    {
        var form = new Dictionary<string, string> { ["To"] = to, ["On"] = on };
        if (reason is not null)
        {
            form["Reason"] = reason;
        }
        return client.PostFormAsync($"/commandes/{id}/etape", form, $"/commandes/{id}");
    }

    [Fact]
    public async Task Quote_TwoVatRates_DiscountsInOrder_AreExactToTheCent()
    {
        var client = await app.AsAsync("eleve13");
        var form = Form(await ClientAsync("eleve13"), (await ProductAsync("FRO-STM"), "10", "5"), (await ProductAsync("VIN-BJL"), "3", null));
        form["RemisePercent"] = "2";
        form["EscomptePercent"] = "1";

        var id = await CreateAsync(client, form);

        var page = await client.GetDocumentAsync($"/commandes/{id}");
        Assert.Equal($"338,80{Nbsp}€", page.QuerySelector("#net-ht")!.TextContent);
        Assert.Equal($"38,89{Nbsp}€", page.QuerySelector("#tva")!.TextContent);
        Assert.Equal($"377,69{Nbsp}€", page.QuerySelector("#ttc")!.TextContent);
        Assert.Equal($"105,22{Nbsp}€", page.QuerySelector("#marge-totale")!.TextContent);   // 342,22 net commercial − 237,00 bought
        var bases = page.QuerySelector("#bases")!.TextContent;
        Assert.Contains($"199,09{Nbsp}€", bases);    // 5,5 % base after remise and escompte
        Assert.Contains($"10,95{Nbsp}€", bases);     // 10,94995 → 10,95
        var saved = await app.WithDbAsync(db => db.Orders.SingleAsync(o => o.Id == id));
        Assert.Equal((338.80m, 38.89m, 377.69m), (saved.NetExclVat, saved.VatTotal, saved.TotalInclVat));
        Assert.Equal(OrderStatus.Draft, saved.Status);
        Assert.StartsWith("DEV-2026-", saved.QuoteNumber);
    }

    [Fact]
    public async Task FromQuoteToPaidOrder_NumbersStatusesDatesAndTheClient()
    {
        var client = await app.AsAsync("eleve14");
        var prospectId = await ClientAsync("eleve14");
        var id = await CreateAsync(client, Form(prospectId, (await ProductAsync("LAI-CRM"), "4", null)));

        (await StepAsync(client, id, "QuoteSent")).AssertRedirectsTo($"/commandes/{id}");
        var early = await StepAsync(client, id, "Delivered");
        Assert.Contains("Passage impossible de « Devis envoyé » à « Livrée ».", await early.TextAsync());
        (await StepAsync(client, id, "Accepted")).AssertRedirectsTo($"/commandes/{id}");
        (await StepAsync(client, id, "Confirmed")).AssertRedirectsTo($"/commandes/{id}");
        var order = await app.WithDbAsync(db => db.Orders.Include(o => o.Prospect).SingleAsync(o => o.Id == id));
        Assert.Matches("^DEV-2026-[0-9]{4}$", order.QuoteNumber);
        Assert.Matches("^BC-2026-[0-9]{4}$", order.OrderNumber);
        Assert.Equal(ProspectStatus.Client, order.Prospect!.Status);
        Assert.Equal(new DateOnly(2026, 12, 24), order.QuoteValidUntil);

        (await StepAsync(client, id, "Delivered", "2026-11-25")).AssertRedirectsTo($"/commandes/{id}");
        (await StepAsync(client, id, "Invoiced", "2026-11-26")).AssertRedirectsTo($"/commandes/{id}");
        Assert.Equal(new DateOnly(2026, 12, 26), await app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.PaymentDueOn).SingleAsync()));
        var ttc = order.TotalInclVat;   // 4 × 27,00 = 108,00 HT; TVA 5,5 % = 5,94; 113,94 TTC
        Assert.Equal(113.94m, ttc);

        var tooMuch = await client.PostFormAsync($"/commandes/{id}/paiements", new() { ["Amount"] = "200", ["PaidOn"] = "2026-12-01", ["Method"] = "Chèque" }, $"/commandes/{id}");
        var refused = await tooMuch.ReadDocumentAsync();
        Assert.True(refused.Text().Contains("dépasse"), refused.QuerySelector("main")!.TextContent);
        Assert.Contains($"dépasse le reste à payer de 113,94{Nbsp}€", refused.Text());
        Assert.Equal("200", refused.QuerySelector("input[name=Amount]")!.GetAttribute("value"));
        (await client.PostFormAsync($"/commandes/{id}/paiements", new() { ["Amount"] = "50", ["PaidOn"] = "2026-12-01", ["Method"] = "Chèque" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");
        Assert.Equal(OrderStatus.Invoiced, await app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
        (await client.PostFormAsync($"/commandes/{id}/paiements", new() { ["Amount"] = "63,94", ["PaidOn"] = "2026-12-10", ["Method"] = "Virement" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");

        var paid = await app.WithDbAsync(db => db.Orders.SingleAsync(o => o.Id == id));
        Assert.Equal((OrderStatus.Paid, new DateOnly(2026, 12, 10), 113.94m), (paid.Status, paid.PaidOn!.Value, paid.PaidTotal));
        var timeline = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == prospectId).Select(n => n.Text).ToListAsync());
        Assert.Contains(timeline, t => t.Contains($"{order.OrderNumber} : Commande confirmée le 24/11/2026"));
        Assert.Contains(timeline, t => t.Contains("Commande payée"));
    }

    [Fact]
    public async Task NegotiationRoom_RefusedWithTheLimit_ThenTheTeachersAgreementLetsItThrough()
    {
        var client = await app.AsAsync("eleve15");
        var product = await ProductAsync("FRO-BLF");     // remise maximale 5 %
        var form = Form(await ClientAsync("eleve15"), (product, "20", "9"));

        var response = await client.PostFormAsync("/commandes/nouveau", form, "/commandes/nouveau?type=devis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains($"sous le prix plancher de 16,06{Nbsp}€ (remise maximale 5,0\u202F%)", page.Text());
        Assert.Equal("9", page.QuerySelector("input[name='Lines[0].DiscountPercent']")!.GetAttribute("value"));
        var ws = await app.WorkspaceOfAsync("eleve15");
        Assert.Equal(0, await app.WithDbAsync(db => db.Orders.CountAsync(o => o.WorkspaceId == ws)));

        form["AskApproval"] = "true";
        var id = await CreateAsync(client, form);
        Assert.Contains("Hors de la marge de manœuvre", await (await StepAsync(client, id, "QuoteSent")).TextAsync());
        Assert.Equal(OrderStatus.Draft, await app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
        Assert.Contains("accord demandé", (await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/commandes?espace={ws}")).Text());

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).PostFormAsync($"/commandes/{id}/accord", new() { ["Text"] = "Oui" }, "/classes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/commandes/{id}/accord", new() { ["Text"] = "Je m'accorde" }, $"/commandes/{id}")).StatusCode);
        var teacher = await app.AsAsync("prof.durand");
        (await teacher.PostFormAsync($"/commandes/{id}/accord", new() { ["Text"] = "Remise exceptionnelle : client stratégique" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");

        (await StepAsync(client, id, "QuoteSent")).AssertRedirectsTo($"/commandes/{id}");
        var approved = await app.WithDbAsync(db => db.Orders.SingleAsync(o => o.Id == id));
        Assert.Equal(OrderStatus.QuoteSent, approved.Status);
        Assert.StartsWith("Remise exceptionnelle : client stratégique — ", approved.ManagerApproval);
    }

    [Fact]
    public async Task PaymentTermsBeyondTheLegalLimit_ForABusiness_AreRefused()
    {
        var client = await app.AsAsync("eleve16");
        var form = Form(await ClientAsync("eleve16"), (await ProductAsync("CHA-ROS"), "5", null));
        form["PaymentTermDays"] = "50";
        form["PaymentTermEndOfMonth"] = "true";

        var response = await client.PostFormAsync("/commandes/nouveau", form, "/commandes/nouveau?type=commande");

        Assert.Contains("au-delà de la limite légale de 45 jours fin de mois", await response.TextAsync());
    }

    [Fact]
    public async Task Numbering_ConcurrentRequests_GiveConsecutiveNumbersWithoutGaps()
    {
        var client = await app.AsAsync("eleve17");
        var form = Form(await ClientAsync("eleve17"), (await ProductAsync("BOI-JUS"), "1", null));
        form["IsOrder"] = "false";
        var token = await client.TokenAsync("/commandes/nouveau?type=devis");
        var ws = await app.WorkspaceOfAsync("eleve17");
        var before = await app.WithDbAsync(db => db.Orders.CountAsync(o => o.WorkspaceId == ws && o.QuoteNumber != null));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.PostAsync("/commandes/nouveau", new FormUrlEncodedContent(form.Append(new("__RequestVerificationToken", token))))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var numbers = await app.WithDbAsync(db => db.Orders.Where(o => o.WorkspaceId == ws && o.QuoteNumber != null).Select(o => o.QuoteNumber!).ToListAsync());
        Assert.Equal(Enumerable.Range(1, before + 8).Select(i => $"DEV-2026-{i:0000}"), numbers.Order());
    }

    [Fact]
    public async Task Pdf_HasEveryMention_BusinessAndIndividualAwayFromPremises()
    {
        var client = await app.AsAsync("eleve18");
        var business = await CreateAsync(client, Form(await ClientAsync("eleve18"), (await ProductAsync("FRO-STM"), "2", null)), "commande");
        (await StepAsync(client, business, "Confirmed")).AssertRedirectsTo($"/commandes/{business}");
        var ws = await app.WorkspaceOfAsync("eleve18");
        var individual = await app.WithDbAsync(async db =>
        {
            var p = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Individual, Name = "Durand Sophie", Street = "3 rue des Lilas", PostalCode = "35000", City = "Rennes", Department = "35", Status = ProspectStatus.Prospect };
            p.RefreshSearchFields();
            db.Prospects.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var form = Form(individual, (await ProductAsync("VIN-BJL"), "6", null));
        form["OffPremises"] = "true";
        var quote = await CreateAsync(client, form);
        var company = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Id == ws).Select(w => w.Scenario!).SingleAsync());

        string TextOf(byte[] bytes)
        {
            using var pdf = PdfDocument.Open(bytes);
            // Read back word by word: a no-break space before a sign comes back as a word break, put back by the rule.
            return FrenchTypography.Apply(string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        }
        var b2b = TextOf(await client.GetByteArrayAsync($"/commandes/{business}/pdf"));
        var b2c = TextOf(await client.GetByteArrayAsync($"/commandes/{quote}/pdf"));

        var numbers = await app.WithDbAsync(db => db.Orders.Where(o => o.Id == business || o.Id == quote).ToDictionaryAsync(o => o.Id, o => o.Number));
        Assert.Contains($"BON DE COMMANDE n° {numbers[business]}", b2b);
        Assert.Contains($"SIREN {company.Siren}", b2b);
        Assert.Contains($"RCS {company.RcsCity}", b2b);
        Assert.Contains(company.VatNumber, b2b);
        Assert.Contains("Total TTC", b2b);
        Assert.Contains("TVA 5,5 %", b2b);
        Assert.Contains("indemnité forfaitaire pour frais de recouvrement de 40 €", b2b);
        Assert.Contains("Pas d'escompte pour paiement anticipé", b2b);
        Assert.Contains("« Bon pour accord »", b2b);
        Assert.DoesNotContain("rétractation", b2b);
        Assert.Contains($"DEVIS n° {numbers[quote]}", b2c);
        Assert.Contains("Durand Sophie", b2c);
        Assert.Contains("délai de 14 jours", b2c);
        Assert.Contains("Formulaire de rétractation", b2c);
        Assert.DoesNotContain("40 €", b2c);
    }

    [Fact]
    public async Task Access_OtherStudent404_TeacherReadsOnly_OtherTeacher404()
    {
        var owner = await app.AsAsync("eleve19");
        var id = await CreateAsync(owner, Form(await ClientAsync("eleve19"), (await ProductAsync("BOI-JUS"), "2", null)));
        var intruder = await app.AsAsync("eleve20");
        var teacher = await app.AsAsync("prof.durand");
        var otherTeacher = await app.AsAsync("prof.martin");
        var ws = await app.WorkspaceOfAsync("eleve19");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/commandes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/commandes/{id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "QuoteSent", ["On"] = "2026-11-24" }, "/commandes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/commandes?espace={ws}")).StatusCode);
        var read = await teacher.GetDocumentAsync($"/commandes/{id}");
        Assert.Null(read.QuerySelector("form[action$='/etape']"));
        Assert.Contains("Devis et commandes", (await teacher.GetDocumentAsync($"/commandes?espace={ws}")).Text());
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "QuoteSent", ["On"] = "2026-11-24" }, "/classes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/commandes/{id}")).StatusCode);
        Assert.Equal(OrderStatus.Draft, await app.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task OperationResults_CaMarginResultAndRoi_FromItsOrders()
    {
        var client = await app.AsAsync("eleve21");
        var created = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = "Phoning rentabilité",
            ["Channel"] = "Phone",
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-04",
            ["ObjectiveContacts"] = "5",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "500",
        });
        var operation = created.Headers.Location!.OriginalString.Split('/').Last();
        (await client.PostFormAsync($"/operations/{operation}/couts", new() { ["Label"] = "Fichier", ["Quantity"] = "1", ["UnitCost"] = "50" }, $"/operations/{operation}")).AssertRedirectsTo($"/operations/{operation}");
        var form = Form(await ClientAsync("eleve21"), (await ProductAsync("VIN-BJL"), "10", null));   // 480,00 HT, bought 310,00: margin 170,00
        form["OperationId"] = operation;
        var id = await CreateAsync(client, form, "commande");
        var beforeConfirmation = await client.GetDocumentAsync($"/operations/{operation}/resultats");
        Assert.Contains("0,00\u00A0€", beforeConfirmation.QuerySelector("#rentabilite")!.TextContent);
        (await StepAsync(client, id, "Confirmed")).AssertRedirectsTo($"/commandes/{id}");

        var results = await client.GetDocumentAsync($"/operations/{operation}/resultats");

        var rows = results.QuerySelectorAll("#rentabilite tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal("480,00\u00A0€", rows["CA HT (Σ commandes HT)"]);
        Assert.Equal("170,00\u00A0€", rows["Marge (net commercial HT − coût d'achat HT)"]);
        Assert.Equal("120,00\u00A0€", rows["Résultat (marge − coût)"]);      // 170 − 50
        Assert.Equal("240,0\u202F%", rows["ROI (résultat ÷ coût × 100)"]);   // 120 ÷ 50
        Assert.Contains(results.QuerySelectorAll("#objectifs tbody tr"), r => r.TextContent.Contains("CA HT") && r.TextContent.Contains("-4,0"));  // (480 − 500) ÷ 500
    }

    [Fact]
    public async Task Contact_TheOneChosen_OrTheDecisionMakerWhenItIsNotTheClients()
    {
        var client = await app.AsAsync("eleve22");
        var prospectId = await ClientAsync("eleve22");
        var (chosen, decisionMaker, stranger) = await app.WithDbAsync(async db =>
        {
            var prospect = await db.Prospects.Include(p => p.Contacts).SingleAsync(p => p.Id == prospectId);
            var extra = new Contact { WorkspaceId = prospect.WorkspaceId, ProspectId = prospect.Id, LastName = "Comptable", FirstName = "Anne", JobTitle = "Comptable", Role = ContactRole.Payer };
            db.Contacts.Add(extra);
            await db.SaveChangesAsync();
            var first = prospect.Contacts.Where(c => c.Id != extra.Id).OrderBy(c => c.Role).ThenBy(c => c.Id).First().Id;
            var other = await db.Contacts.Where(c => c.ProspectId != prospectId && c.WorkspaceId == prospect.WorkspaceId).Select(c => c.Id).FirstAsync();
            return (extra.Id, first, other);
        });
        Assert.Contains("Anne Comptable", (await client.GetDocumentAsync($"/commandes/nouveau?type=devis&client={prospectId}")).QuerySelector("select[name=ContactId]")!.TextContent);

        var withChosen = Form(prospectId, (await ProductAsync("BOI-JUS"), "1", null));
        withChosen["ContactId"] = chosen.ToString();
        var a = await CreateAsync(client, withChosen);
        var withStranger = Form(prospectId, (await ProductAsync("BOI-JUS"), "1", null));
        withStranger["ContactId"] = stranger.ToString();
        var b = await CreateAsync(client, withStranger);

        var contacts = await app.WithDbAsync(db => db.Orders.Where(o => o.Id == a || o.Id == b).ToDictionaryAsync(o => o.Id, o => o.ContactId));
        Assert.Equal(chosen, contacts[a]);
        Assert.Equal(decisionMaker, contacts[b]);
    }
}
