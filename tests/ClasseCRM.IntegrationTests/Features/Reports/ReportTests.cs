using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Reports;

/// <summary>The activity report against a hand-built month of work, every figure computed by hand; access; the class dashboard.</summary>
public sealed class ReportTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Nbsp = "\u00A0";

    /// <summary>November 2026 in eleve20's workspace (see the comments for each count).</summary>
    private async Task<int> BuildMonthAsync()
    {
        var ws = await app.WorkspaceOfAsync("eleve20");
        await app.WithDbAsync(async db =>
        {
            if (await db.Operations.AnyAsync(o => o.WorkspaceId == ws && o.Name == "Rapport : phoning"))
            {
                return 0;
            }
            var p = await db.Prospects.Where(x => x.WorkspaceId == ws).OrderBy(x => x.Id).Select(x => x.Id).Take(12).ToListAsync();
            Operation Op(string name, Channel channel, int contacts, int rdv, int orders, decimal revenue) => new()
            {
                WorkspaceId = ws,
                Name = name,
                Channel = channel,
                StartDate = new(2026, 11, 1),
                EndDate = new(2026, 11, 30),
                ObjectiveContacts = contacts,
                ObjectiveAppointments = rdv,
                ObjectiveOrders = orders,
                ObjectiveRevenue = revenue,
                CreatedAtUtc = DateTime.UtcNow,
            };
            var phone = Op("Rapport : phoning", Channel.Phone, 10, 4, 2, 3000m);
            var mail = Op("Rapport : courrier", Channel.Mail, 0, 0, 0, 0m);
            var field = Op("Rapport : visites", Channel.Visit, 0, 0, 0, 0m);
            db.Operations.AddRange(phone, mail, field);
            await db.SaveChangesAsync();
            db.OperationCosts.Add(new OperationCost { WorkspaceId = ws, OperationId = phone.Id, Label = "Fichier", Quantity = 1, UnitCost = 50m });
            db.OperationCosts.Add(new OperationCost { WorkspaceId = ws, OperationId = mail.Id, Label = "Affranchissement", Quantity = 2, UnitCost = 10m });
            // 10 calls on 10/11: 1 wrong number, 2 no answer, 1 gatekeeper, 1 refusal, 2 pitched, 2 RDV, 1 order; one call in October.
            CallOutcome[] outcomes = [CallOutcome.WrongNumber, CallOutcome.NoAnswer, CallOutcome.NoAnswer, CallOutcome.Gatekeeper, CallOutcome.RefusedBeforePitch,
                CallOutcome.PitchedNoFollowUp, CallOutcome.PitchedNoFollowUp, CallOutcome.AppointmentMade, CallOutcome.AppointmentMade, CallOutcome.Order];
            foreach (var (o, i) in outcomes.Select((o, i) => (o, i)))
            {
                db.CallLogs.Add(new CallLog { WorkspaceId = ws, OperationId = phone.Id, ProspectId = p[i], Outcome = o, CalledAtUtc = new DateTime(2026, 11, 10, 10, 0, 0, DateTimeKind.Utc) });
            }
            db.CallLogs.Add(new CallLog { WorkspaceId = ws, OperationId = phone.Id, ProspectId = p[11], Outcome = CallOutcome.NoAnswer, CalledAtUtc = new DateTime(2026, 10, 20, 10, 0, 0, DateTimeKind.Utc) });
            // 4 letters on 12/11: no return, NPAI, an interested answer and a RDV (answers on 13/11).
            MailingResult[] results = [MailingResult.None, MailingResult.ReturnedUndeliverable, MailingResult.AnswerInterested, MailingResult.AnswerAppointment];
            foreach (var (r, i) in results.Select((r, i) => (r, i)))
            {
                db.MailingSends.Add(new MailingSend
                {
                    WorkspaceId = ws,
                    OperationId = mail.Id,
                    ProspectId = p[i],
                    Channel = Channel.Mail,
                    SentAtUtc = new DateTime(2026, 11, 12, 9, 0, 0, DateTimeKind.Utc),
                    Result = r,
                    ResultAtUtc = r == MailingResult.None ? null : new DateTime(2026, 11, 13, 9, 0, 0, DateTimeKind.Utc)
                });
            }
            // 2 visits reported on 18/11: an order (15 € of expenses) and a refusal (5 €).
            db.Visits.Add(new Visit { WorkspaceId = ws, OperationId = field.Id, ProspectId = p[0], VisitedOn = new(2026, 11, 18), Result = VisitResult.Order, Expenses = 15m, ReportedAtUtc = DateTime.UtcNow });
            db.Visits.Add(new Visit { WorkspaceId = ws, OperationId = field.Id, ProspectId = p[1], VisitedOn = new(2026, 11, 18), Result = VisitResult.Refusal, Expenses = 5m, ReportedAtUtc = DateTime.UtcNow });
            // Orders: 1 000 € (margin 300) on 15/11, 500 € (margin 200) on 20/11; a draft and a cancelled one do not count.
            Order O(string number, OrderStatus status, DateOnly date, decimal net, decimal margin, int prospect) => new()
            {
                WorkspaceId = ws,
                ProspectId = prospect,
                OrderNumber = number,
                Status = status,
                OrderDate = date,
                NetExclVat = net,
                Margin = margin,
                CreatedAtUtc = DateTime.UtcNow,
            };
            db.Orders.AddRange(O("BC-2026-0101", OrderStatus.Confirmed, new(2026, 11, 15), 1000m, 300m, p[2]), O("BC-2026-0102", OrderStatus.Delivered, new(2026, 11, 20), 500m, 200m, p[3]),
                O("BC-2026-0103", OrderStatus.Cancelled, new(2026, 11, 21), 900m, 100m, p[4]));
            db.Orders.Add(new Order { WorkspaceId = ws, ProspectId = p[5], QuoteNumber = "DEV-2026-0101", Status = OrderStatus.Draft, NetExclVat = 700m, CreatedAtUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return ws;
    }

    private static Dictionary<string, string> Table(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[^1].TextContent.Trim());

    private static List<(string, string, string)> Ratios(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} tbody tr").Select(r => (r.Children[0].TextContent, r.Children[1].TextContent, r.Children[3].TextContent)).ToList();

    [Fact]
    public async Task Activity_EveryFigureOfTheMonth_ByHand_OneFunnelPerChannel()
    {
        await BuildMonthAsync();
        var page = await (await app.AsAsync("eleve20")).GetDocumentAsync("/rapports?du=2026-11-01&au=2026-11-30");

        Assert.Contains("Toute l'activité de la période du 01/11/2026 au 30/11/2026", page.QuerySelector("#perimetre")!.TextContent);
        var phone = Table(page, "phone-entonnoir");
        Assert.Equal("10", phone["Appels émis"]);                          // October's call is outside the period
        Assert.Equal("9", phone["Numéros valides"]);
        Assert.Equal("7", phone["Appels aboutis"]);
        Assert.Equal("6", phone["Contacts utiles (décideur joint)"]);
        Assert.Equal("5", phone["Contacts argumentés"]);
        Assert.Equal("2", phone["Rendez-vous"]);
        Assert.Equal("1", phone["Commandes annoncées au téléphone"]);
        Assert.DoesNotContain("Plis envoyés", phone.Keys);                 // never two channels in one funnel
        var mail = Table(page, "mail-entonnoir");
        Assert.Equal("4", mail["Plis envoyés"]);
        Assert.Equal("1", mail["NPAI (plis revenus)"]);
        Assert.Equal("2", mail["Réponses"]);
        Assert.Equal("1", mail["Rendez-vous"]);
        var visits = Table(page, "visit-entonnoir");
        Assert.Equal("2", visits["Visites réalisées"]);
        Assert.Equal("1", visits["Commandes prises en visite"]);
        Assert.Null(page.QuerySelector("#email-entonnoir"));              // no e-mailing: no e-mail section

        var phoneRatios = Ratios(page, "phone-ratios");
        Assert.Contains(("Qualité du fichier (téléphone)", "numéros valides ÷ appels émis", $"90,0\u202F%"), phoneRatios);
        Assert.Contains(("Joignabilité (téléphone)", "appels aboutis ÷ appels émis", $"70,0\u202F%"), phoneRatios);
        Assert.Contains(("Contacts utiles (téléphone)", "contacts décideur ÷ appels aboutis", $"85,7\u202F%"), phoneRatios);    // 6 ÷ 7
        Assert.Contains(("Argumentation (téléphone)", "contacts argumentés ÷ contacts utiles", $"83,3\u202F%"), phoneRatios); // 5 ÷ 6
        Assert.Contains(("Prise de RDV (téléphone)", "RDV ÷ contacts argumentés", $"40,0\u202F%"), phoneRatios);
        Assert.Contains(("Transformation (téléphone)", "commandes annoncées ÷ contacts argumentés", $"20,0\u202F%"), phoneRatios);
        Assert.Contains(("Retour mailing (courrier)", "réponses ÷ plis envoyés", $"50,0\u202F%"), Ratios(page, "mail-ratios"));
        Assert.Contains(("Transformation (visites)", "commandes prises en visite ÷ visites réalisées", $"50,0\u202F%"), Ratios(page, "visit-ratios"));
        Assert.DoesNotContain(phoneRatios, r => r.Item1.Contains("Retour", StringComparison.Ordinal));

        // Both orders are linked to no operation: they count in the total, apart, and in no channel.
        Assert.Equal("0", Table(page, "phone-rentabilite")["Commandes confirmées"]);
        var money = Table(page, "rentabilite");
        Assert.Equal("2", money["Commandes confirmées"]);
        Assert.Equal($"2 (1{Nbsp}500,00{Nbsp}€)", money["dont commandes liées à aucune opération"]);
        Assert.Equal($"1{Nbsp}500,00{Nbsp}€", money["CA HT (Σ commandes HT)"]);
        Assert.Equal($"750,00{Nbsp}€", money["Panier moyen (CA ÷ commandes)"]);
        Assert.Equal($"500,00{Nbsp}€", money["Marge (net commercial − coût d'achat)"]);
        // The tour has only its reports' expenses (15 + 5), none of its own costs: the total is not known.
        Assert.Equal("coûts non saisis", money["Coûts des opérations et frais de visite"]);
        Assert.Equal("—", money["Résultat (marge − coûts)"]);
        Assert.Equal("—", money["ROI (résultat ÷ coûts × 100)"]);
        Assert.Contains("« Rapport : visites »", page.QuerySelector("#total-titre")!.ParentElement!.TextContent);
        Assert.Equal($"-20,00{Nbsp}€", Table(page, "mail-rentabilite")["Résultat (marge − coût)"]);   // 0 − 2 × 10
        Assert.Equal($"-50,00{Nbsp}€", Table(page, "phone-rentabilite")["Résultat (marge − coût)"]);
        var objectives = page.QuerySelectorAll("#phone-objectifs tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[2].TextContent + " | " + r.Children[4].TextContent);
        Assert.Equal($"6 | -40,0\u202F%", objectives["contacts utiles"]);
        Assert.Equal($"2 | -50,0\u202F%", objectives["rendez-vous"]);
        Assert.Equal($"0 | -100,0\u202F%", objectives["commandes confirmées"]);
        Assert.Equal($"0,00{Nbsp}€ | -100,0\u202F%", objectives["CA HT"]);
        var weeks = page.QuerySelectorAll("#semaines tbody tr").ToDictionary(r => r.Children[0].TextContent, r => string.Join(" ", r.Children.Skip(1).Select(c => c.TextContent)));
        Assert.Equal($"10 2 0 1 1{Nbsp}000,00{Nbsp}€", weeks["09/11/2026"]);                  // Sunday 15/11 belongs to the week of Monday 9
        Assert.Equal($"0 0 2 1 500,00{Nbsp}€", weeks["16/11/2026"]);
        Assert.Equal(6, weeks.Count);                                                       // weeks of Monday 26/10 to Monday 30/11
    }

    [Fact]
    public async Task Activity_FilteredOnOneOperation_CountsExactlyItsActivity_AsItsResultsPage()
    {
        var ws = await BuildMonthAsync();
        var client = await app.AsAsync("eleve20");
        var phoning = await app.WithDbAsync(db => db.Operations.Where(o => o.WorkspaceId == ws && o.Name == "Rapport : phoning").Select(o => o.Id).FirstAsync());
        var page = await client.GetDocumentAsync($"/rapports?du=2026-11-01&au=2026-11-30&op={phoning}");

        Assert.Contains("Activité de l'opération « Rapport : phoning » uniquement", page.QuerySelector("#perimetre")!.TextContent);
        Assert.Equal("11", Table(page, "phone-entonnoir")["Appels émis"]);   // its October call too: the operation's whole activity
        Assert.Null(page.QuerySelector("#mail-entonnoir"));
        Assert.Null(page.QuerySelector("#visit-entonnoir"));
        var money = Table(page, "rentabilite");
        Assert.Equal("0", money["Commandes confirmées"]);                 // orders linked to no operation are not its orders
        Assert.Equal($"50,00{Nbsp}€", money["Coûts des opérations et frais de visite"]);
        Assert.Equal($"-50,00{Nbsp}€", money["Résultat (marge − coûts)"]);

        var results = await client.GetDocumentAsync($"/operations/{phoning}/resultats");
        foreach (var table in new[] { "entonnoir", "ratios", "objectifs", "commandes", "couts", "rentabilite" })
        {
            Assert.Equal(results.QuerySelector($"#{table} tbody")!.TextContent, page.QuerySelector($"#phone-{table} tbody")!.TextContent);
        }
    }

    [Fact]
    public async Task Activity_OperationOfAnotherWorkspace_IsIgnored()
    {
        await BuildMonthAsync();
        var other = await app.WorkspaceOfAsync("eleve13");
        var foreign = await app.WithDbAsync(db => db.Operations.Where(o => o.WorkspaceId == other).Select(o => o.Id).FirstOrDefaultAsync());
        var page = await (await app.AsAsync("eleve20")).GetDocumentAsync($"/rapports?du=2026-11-01&au=2026-11-30&op={foreign}");
        Assert.Contains("Toute l'activité de la période", page.QuerySelector("#perimetre")!.TextContent);
    }

    [Theory]
    [InlineData("/rapports?du=9999-12-31")]
    [InlineData("/rapports?du=2026-11-01&au=0001-01-01")]
    [InlineData("/fidelisation?du=0001-01-01")]
    [InlineData("/relances/semaine?du=9999-12-31")]
    public async Task DateOutside2000To2100_InTheAddress_400WithAFrenchMessage_NeverA500(string url)
    {
        var response = await (await app.AsAsync("eleve20")).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Indiquez une date entre le 01/01/2000 et le 31/12/2100.", await response.TextAsync());
    }

    [Fact]
    public async Task DateOutside2000To2100_InAForm_MessageOnTheFormAndTypedValueKept()
    {
        var client = await app.AsAsync("eleve20");
        var response = await client.PostFormAsync("/syntheses/nouvelle", new() { ["Title"] = "Période folle", ["From"] = "9999-12-31", ["To"] = "2026-11-30" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Indiquez une date entre le 01/01/2000 et le 31/12/2100.", page.Text());
        Assert.Equal("Période folle", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Access_TeacherReadsOnlyTheirClasses_StudentOnlyTheirOwn_ClassDashboard()
    {
        var ws = await BuildMonthAsync();
        var teacher = await app.AsAsync("prof.durand");

        var pupil = await teacher.GetDocumentAsync($"/rapports?espace={ws}&du=2026-11-01&au=2026-11-30");
        Assert.Contains("Suivi de l'activité", pupil.Text());
        var members = await app.WithDbAsync(db => db.WorkspaceMembers.Where(m => m.WorkspaceId == ws).Select(m => m.Student!.FirstName + " " + m.Student.LastName).ToListAsync());
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Contains(m, pupil.QuerySelector("#espace-eleve")!.TextContent));   // the teacher sees whose figures these are
        Assert.Null((await (await app.AsAsync(await app.WithDbAsync(db => db.WorkspaceMembers.Where(m => m.WorkspaceId == ws).Select(m => m.Student!.UserName!).FirstAsync())))
            .GetDocumentAsync("/rapports")).QuerySelector("#espace-eleve"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/rapports?espace={ws}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve1")).GetAsync($"/rapports?espace={ws}")).StatusCode);
        var classId = await app.ClassOfAsync("prof.durand");
        var dashboard = await teacher.GetDocumentAsync($"/classes/{classId}/tableau-de-bord");
        var row = dashboard.QuerySelectorAll("#tableau-classe tbody tr").Single(r => r.QuerySelector($"a[href='/rapports?espace={ws}']") is not null);
        Assert.Equal("11", row.Children[1].TextContent);                                    // every call, October's too
        Assert.Equal("4", row.Children[2].TextContent);                                     // the letters
        Assert.Equal("2", row.Children[3].TextContent);                                     // the visits reported
        Assert.Equal("3", row.Children[4].TextContent);
        Assert.Equal("2", row.Children[5].TextContent);
        Assert.Equal($"1{Nbsp}500,00{Nbsp}€", row.Children[6].TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/classes/{classId}/tableau-de-bord")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync("eleve20")).GetAsync($"/classes/{classId}/tableau-de-bord")).StatusCode);
    }
}
