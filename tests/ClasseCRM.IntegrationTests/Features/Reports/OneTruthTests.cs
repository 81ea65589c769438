using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ClasseCRM.IntegrationTests.Features.Reports;

/// <summary>
/// One truth: for any operation, every figure of its results page equals the same figure in a synthesis covering only
/// that operation (page, PDF, XLSX) and in the report filtered on it — with three operations of three channels in one
/// period, orders linked to them, an order linked to none and a cancelled one.
/// </summary>
public sealed class OneTruthTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Nbsp = "\u00A0";
    private static readonly string[] Tables = ["entonnoir", "ratios", "objectifs", "commandes", "couts", "rentabilite"];

    private sealed record Ops(int Phone, int Email, int Visit);

    private async Task<Ops> BuildAsync()
    {
        var ws = await app.WorkspaceOfAsync("eleve17");
        return await app.WithDbAsync(async db =>
        {
            if (await db.Operations.Where(o => o.WorkspaceId == ws && o.Name.StartsWith("Vérité")).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync() is { Count: 3 } done)
            {
                return new Ops(done[0], done[1], done[2]);
            }
            var p = await db.Prospects.Where(x => x.WorkspaceId == ws).OrderBy(x => x.Id).Select(x => x.Id).Take(12).ToListAsync();
            Operation Op(string name, Channel channel) => new()
            {
                WorkspaceId = ws, Name = name, Channel = channel, StartDate = new(2026, 11, 2), EndDate = new(2026, 11, 27),
                ObjectiveContacts = 5, ObjectiveAppointments = 2, ObjectiveOrders = 1, ObjectiveRevenue = 1000m, CreatedAtUtc = DateTime.UtcNow,
            };
            var phone = Op("Vérité : phoning", Channel.Phone);
            var email = Op("Vérité : e-mailing", Channel.Email);
            var visit = Op("Vérité : visites", Channel.Visit);
            db.Operations.AddRange(phone, email, visit);
            await db.SaveChangesAsync();
            // Phone: 8 calls, the last two to the same prospect (two orders announced), 20 € fixed + 8 × 0,15 € variable.
            CallOutcome[] calls = [CallOutcome.WrongNumber, CallOutcome.NoAnswer, CallOutcome.DecisionMakerAbsent, CallOutcome.RefusedBeforePitch,
                CallOutcome.PitchedNoFollowUp, CallOutcome.AppointmentMade, CallOutcome.Order, CallOutcome.Order];
            foreach (var (outcome, i) in calls.Select((o, i) => (o, i)))
            {
                db.CallLogs.Add(new CallLog { WorkspaceId = ws, OperationId = phone.Id, ProspectId = p[Math.Min(i, 6)], Outcome = outcome, CalledAtUtc = new DateTime(2026, 11, 10 + i, 10, 0, 0, DateTimeKind.Utc) });
            }
            db.OperationCosts.Add(new OperationCost { WorkspaceId = ws, OperationId = phone.Id, Label = "Fichier", Quantity = 1, UnitCost = 20m });
            db.OperationCosts.Add(new OperationCost { WorkspaceId = ws, OperationId = phone.Id, Label = "Communications", IsVariable = true, Quantity = 8, UnitCost = 0.15m });
            // E-mail: 5 sent, a bounce, 2 answers (one RDV); no cost entered.
            MailingResult[] sends = [MailingResult.None, MailingResult.ReturnedUndeliverable, MailingResult.AnswerInterested, MailingResult.AnswerAppointment, MailingResult.None];
            foreach (var (result, i) in sends.Select((r, i) => (r, i)))
            {
                db.MailingSends.Add(new MailingSend { WorkspaceId = ws, OperationId = email.Id, ProspectId = p[i], Channel = Channel.Email, Address = $"p{i}@exemple.example", SentAtUtc = new DateTime(2026, 11, 12, 9, 0, 0, DateTimeKind.Utc), Result = result });
            }
            // Visits: 3 planned, 2 reported (an order with 12,40 € of expenses, a quote with 7,60 €).
            db.Visits.Add(new Visit { WorkspaceId = ws, OperationId = visit.Id, ProspectId = p[7], PlannedOn = new(2026, 11, 16), VisitedOn = new(2026, 11, 16), Result = VisitResult.Order, Expenses = 12.40m, ReportedAtUtc = DateTime.UtcNow });
            db.Visits.Add(new Visit { WorkspaceId = ws, OperationId = visit.Id, ProspectId = p[8], PlannedOn = new(2026, 11, 16), VisitedOn = new(2026, 11, 16), Result = VisitResult.Quote, Expenses = 7.60m, ReportedAtUtc = DateTime.UtcNow });
            db.Visits.Add(new Visit { WorkspaceId = ws, OperationId = visit.Id, ProspectId = p[9], PlannedOn = new(2026, 11, 17) });
            Order O(string number, OrderStatus status, decimal net, decimal margin, int prospect, int? operation) => new()
            {
                WorkspaceId = ws, ProspectId = prospect, OperationId = operation, OrderNumber = number, Status = status,
                OrderDate = new(2026, 11, 18), NetExclVat = net, Margin = margin, CreatedAtUtc = DateTime.UtcNow,
            };
            db.Orders.AddRange(
                O("BC-2026-0901", OrderStatus.Confirmed, 600m, 180m, p[6], phone.Id),     // the phone's one confirmed order
                O("BC-2026-0902", OrderStatus.Delivered, 450m, 150m, p[7], visit.Id),     // the visit's
                O("BC-2026-0903", OrderStatus.Confirmed, 999m, 333m, p[10], null),        // linked to no operation
                O("BC-2026-0904", OrderStatus.Cancelled, 800m, 200m, p[11], phone.Id));   // cancelled: counts nowhere
            await db.SaveChangesAsync();
            return new Ops(phone.Id, email.Id, visit.Id);
        });
    }

    private static string Body(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelector($"#{id} tbody")?.TextContent ?? throw new Xunit.Sdk.XunitException($"#{id} manque sur la page");

    private static Dictionary<string, string> Rows(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[^1].TextContent.Trim());

    private static async Task<int> SynthesisOfAsync(HttpClient client, string title, params int[] operations)
    {
        var fields = new Dictionary<string, string> { ["Title"] = title, ["From"] = "2026-11-01", ["To"] = "2026-11-30" };
        var content = new FormUrlEncodedContent(fields.Concat(operations.Select(o => new KeyValuePair<string, string>("OperationIds", o.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Append(new("__RequestVerificationToken", await client.TokenAsync("/syntheses/nouvelle"))));
        var response = await client.PostAsync("/syntheses/nouvelle", content);
        response.AssertRedirectsTo("/syntheses/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("email")]
    [InlineData("visit")]
    public async Task EveryFigureOfTheResultsPage_IsTheSameInTheSynthesisAndTheFilteredReport(string channel)
    {
        var ops = await BuildAsync();
        var op = channel switch { "phone" => ops.Phone, "email" => ops.Email, _ => ops.Visit };
        var client = await app.AsAsync("eleve17");
        var results = await client.GetDocumentAsync($"/operations/{op}/resultats");
        var synthesis = await SynthesisOfAsync(client, $"Vérité {channel}", op);
        var document = await client.GetDocumentAsync($"/syntheses/{synthesis}");
        var report = await client.GetDocumentAsync($"/rapports?du=2026-11-01&au=2026-11-30&op={op}");

        foreach (var table in Tables)
        {
            Assert.Equal(Body(results, table), Body(document, $"{channel}-{table}"));
            Assert.Equal(Body(results, table), Body(report, $"{channel}-{table}"));
        }
        // Only that channel: no other funnel in the document or the report.
        foreach (var other in new[] { "phone", "email", "visit" }.Where(c => c != channel))
        {
            Assert.Null(document.QuerySelector($"#{other}-entonnoir"));
            Assert.Null(report.QuerySelector($"#{other}-entonnoir"));
        }
        // The PDF and the spreadsheet repeat the page's figures.
        // The PDF is read back word by word: a no-break space before a sign comes back as a word break, put back by the rule.
        var pdf = FrenchTypography.Apply(string.Join(' ', PdfDocument.Open(await client.GetByteArrayAsync($"/syntheses/{synthesis}/pdf")).GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        foreach (var (label, value) in Rows(results, "entonnoir").Concat(Rows(results, "rentabilite")))
        {
            Assert.Contains(value.Replace(Nbsp, " ", StringComparison.Ordinal), pdf.Replace(Nbsp, " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Phoning_ByHand_OrdersAnnouncedAndConfirmedApart_CostsEntered()
    {
        var ops = await BuildAsync();
        var page = await (await app.AsAsync("eleve17")).GetDocumentAsync($"/operations/{ops.Phone}/resultats");

        var funnel = Rows(page, "entonnoir");
        Assert.Equal("8", funnel["Appels émis"]);                                 // two calls to one prospect: two calls
        Assert.Equal("7", funnel["Numéros valides"]);
        Assert.Equal("6", funnel["Appels aboutis"]);
        Assert.Equal("5", funnel["Contacts utiles (décideur joint)"]);
        Assert.Equal("4", funnel["Contacts argumentés"]);
        Assert.Equal("2", funnel["Commandes annoncées au téléphone"]);
        var orders = Rows(page, "commandes");
        Assert.Equal("2", orders["Commandes annoncées au téléphone"]);
        Assert.Equal("1", orders["Commandes confirmées (bons de commande liés)"]);   // the cancelled and the unlinked do not count
        Assert.Equal("-1", orders["Écart (confirmées − annoncées)"]);
        var money = Rows(page, "rentabilite");
        Assert.Equal($"600,00{Nbsp}€", money["CA HT (Σ commandes HT)"]);
        Assert.Equal($"158,80{Nbsp}€", money["Résultat (marge − coût)"]);           // 180 − (20 + 8 × 0,15)
        Assert.Equal($"749,1\u202F%", money["ROI (résultat ÷ coût × 100)"]);       // 158,80 ÷ 21,20 = 7,4905…
        var costs = Rows(page, "couts");
        Assert.Equal($"21,20{Nbsp}€", costs["Coût de l'opération (fixes + variables)"]);
        Assert.Equal($"4,24{Nbsp}€", costs["Coût par contact utile (coût ÷ contacts utiles)"]);    // 21,20 ÷ 5
        Assert.Equal($"21,20{Nbsp}€", costs["Coût par commande (coût ÷ commandes confirmées)"]);
        Assert.Contains(page.QuerySelectorAll("#ratios tbody tr"), r => r.Children[0].TextContent == "Transformation (téléphone)" && r.Children[3].TextContent == $"50,0\u202F%"); // 2 ÷ 4
    }

    [Fact]
    public async Task Emailing_NoCostEntered_DashesAndALinkToEnterThem_NeverARoiOnZero()
    {
        var ops = await BuildAsync();
        var page = await (await app.AsAsync("eleve17")).GetDocumentAsync($"/operations/{ops.Email}/resultats");

        var costs = Rows(page, "couts");
        Assert.Equal("coûts non saisis", costs["Coût de l'opération"]);
        Assert.Equal("—", costs["Coût par réponse (coût ÷ réponses)"]);
        Assert.Equal("—", costs["Coût par RDV (coût ÷ RDV)"]);
        var money = Rows(page, "rentabilite");
        Assert.Equal("—", money["Résultat (marge − coût)"]);
        Assert.Equal("—", money["ROI (résultat ÷ coût × 100)"]);
        Assert.NotNull(page.QuerySelector($"#couts-non-saisis a[href='/operations/{ops.Email}#couts']"));
        var funnel = Rows(page, "entonnoir");
        Assert.Equal("1", funnel["Rebonds (adresses invalides)"]);                // e-mail words, not a letter's
        Assert.False(funnel.ContainsKey("NPAI (plis revenus)"));
    }

    [Fact]
    public async Task Tour_OnlyVisitReportExpenses_CostsStillNotEntered_NoRoi()
    {
        var ops = await BuildAsync();
        var page = await (await app.AsAsync("eleve17")).GetDocumentAsync($"/operations/{ops.Visit}/resultats");

        var costs = Rows(page, "couts");
        Assert.Equal("coûts non saisis", costs["Coût de l'opération"]);
        Assert.Equal($"20,00{Nbsp}€", costs["Frais des comptes rendus de visite (déjà saisis)"]);   // 12,40 + 7,60
        Assert.Equal("—", Rows(page, "rentabilite")["ROI (résultat ÷ coût × 100)"]);
        Assert.Equal($"450,00{Nbsp}€", Rows(page, "rentabilite")["CA HT (Σ commandes HT)"]);
    }

    [Fact]
    public async Task SynthesisOfTwoOperations_EachChannelAsItsOwnResultsPage_TotalsOnlyTheirOrders()
    {
        var ops = await BuildAsync();
        var client = await app.AsAsync("eleve17");
        var synthesis = await SynthesisOfAsync(client, "Vérité phoning et visites", ops.Phone, ops.Visit);
        var document = await client.GetDocumentAsync($"/syntheses/{synthesis}");

        foreach (var (channel, op) in new[] { ("phone", ops.Phone), ("visit", ops.Visit) })
        {
            var results = await client.GetDocumentAsync($"/operations/{op}/resultats");
            Assert.All(Tables, table => Assert.Equal(Body(results, table), Body(document, $"{channel}-{table}")));
        }
        Assert.Null(document.QuerySelector("#email-entonnoir"));
        Assert.Contains("uniquement", document.QuerySelector("#perimetre")!.TextContent);
        // The XLSX of the synthesis: the visit's CA in its own block, the unlinked order nowhere.
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/syntheses/{synthesis}/xlsx")), false);
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        Assert.Contains("Résultats (visites)", cells);
        Assert.DoesNotContain(cells, c => c.Contains("999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherStudentsAndTeachers_CannotReadTheseFigures()
    {
        var ops = await BuildAsync();
        var ws = await app.WorkspaceOfAsync("eleve17");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await app.AsAsync("eleve1")).GetAsync($"/operations/{ops.Phone}/resultats")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/rapports?espace={ws}&op={ops.Phone}")).StatusCode);
        var teacher = await (await app.AsAsync("prof.durand")).GetDocumentAsync($"/rapports?espace={ws}&op={ops.Phone}&op={ops.Email}");
        Assert.Equal("8", Rows(teacher, "phone-entonnoir")["Appels émis"]);
        Assert.NotNull(teacher.QuerySelector("#email-couts-non-saisis"));
        Assert.Null(teacher.QuerySelector("#email-couts-non-saisis a"));       // the teacher reads, enters nothing
    }
}
