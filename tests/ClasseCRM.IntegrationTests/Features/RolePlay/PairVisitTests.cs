using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using Microsoft.EntityFrameworkCore;
using static ClasseCRM.IntegrationTests.Features.RolePlay.PairVisitSteps;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// A visit played in pair (issue 19, item 4) through HTTP: the seller invites a classmate from the visit's page, the
/// partner joins and reads the card, the seller ticks the visit's phases and proposes a price within the marge de
/// manœuvre (under the floor is refused), the partner records the conclusion — the visit's compte rendu is written with
/// it, mode « jeu de rôle » — and writes the debrief, which the visit's compte rendu shows to the seller and the teacher.
/// </summary>
public sealed class PairVisitTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Seller = "eleve13";
    private const string Partner = "eleve14";

    private Task<PairSession> SessionAsync(int id) => app.WithDbAsync(db => db.PairSessions.AsNoTracking().FirstAsync(s => s.Id == id));

    private Task<ScenarioProduct> ProductAsync(string student) => app.WithDbAsync(async db =>
    {
        var workspace = await db.WorkspaceMembers.Where(m => m.Student!.UserName == student).Select(m => m.Workspace!).FirstAsync();
        return await db.ScenarioProducts.AsNoTracking().Where(p => p.ScenarioId == workspace.ScenarioId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).FirstAsync();
    });

    [Fact]
    public async Task VisitRolePlay_FromInvitationToDebrief_WritesTheComptesRenduAsPlayed_AndShowsTheDebriefOnIt()
    {
        var seller = await app.AsAsync(Seller);
        var partner = await app.AsAsync(Partner);
        var (op, visit) = await PlanVisitsAsync(app, seller, "Visites jouées en binôme");
        var visitPage = $"/operations/{op}/visites/{visit}";
        Assert.Equal($"/jeu-de-role/operations/{op}/visites/{visit}/binome", (await seller.GetDocumentAsync(visitPage)).QuerySelector("form#binome")!.GetAttribute("action"));
        var id = await InviteAsync(app, seller, op, visit, Partner);

        Assert.Contains("Visites jouées en binôme", (await partner.GetDocumentAsync("/")).QuerySelector("#invitations")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await seller.GetDocumentAsync(visitPage)).QuerySelector($"#visite-en-jeu a[href='/jeu-de-role/binomes/{id}']"));
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");
        var card = await app.WithDbAsync(db => db.RoleCards.AsNoTracking().FirstAsync(c => c.ProspectId == db.Visits.Where(v => v.Id == visit).Select(v => v.ProspectId).First()));
        var playing = await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}");
        Assert.Contains(card.HiddenNeed, playing.QuerySelector("#carte-role")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(playing.QuerySelector("form#conclusion-partenaire"));
        Assert.Null((await seller.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("#carte-role"));

        await PostAsync(seller, id, "etapes", new() { ["phase"] = "Discovery" }, "#plan-appel");
        await PostAsync(seller, id, "etapes", new() { ["phase"] = "Presentation" }, "#plan-appel");
        // The plan d'appel's first phase is not a visit's.
        var wrongPhase = await seller.PostFormAsync($"/jeu-de-role/binomes/{id}/etapes", new() { ["phase"] = "Opening" }, $"/jeu-de-role/binomes/{id}");
        Assert.Contains("Cette étape ne fait pas partie de la visite.", await wrongPhase.TextAsync(), StringComparison.Ordinal);
        var product = await ProductAsync(Seller);
        await PostAsync(seller, id, "proposition", new() { ["ProductId"] = $"{product.Id}", ["DiscountPercent"] = "0" }, "#negociation");
        var live = await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}/etat");
        Assert.Equal(["Discovery", "Presentation", "Negotiation"], live.QuerySelectorAll("#etapes li[data-done=oui]").Select(li => li.GetAttribute("data-phase")!));
        Assert.Contains(product.Designation, live.QuerySelector("#proposition")!.TextContent, StringComparison.Ordinal);

        await PostAsync(partner, id, "conclusion", new()
        {
            ["Result"] = "Order",
            ["Objections"] = card.Objections[0].Text,
            ["Amount"] = "1234,50",
            ["Notes"] = "Bonne découverte.",
        }, "#debrief");

        var session = await SessionAsync(id);
        Assert.Equal((PairState.Finished, (VisitResult?)VisitResult.Order, (decimal?)1234.50m), (session.State, session.VisitResult, session.Amount));
        var made = await app.WithDbAsync(db => db.Visits.AsNoTracking().FirstAsync(v => v.Id == visit));
        Assert.Equal((CallMode.RolePlay, (VisitResult?)VisitResult.Order, (decimal?)1234.50m, (DateOnly?)new DateOnly(2026, 11, 24), await app.UserIdAsync(Seller)),
            (made.Mode, made.Result, made.Amount, made.VisitedOn, made.AuthorId));
        Assert.True(made.IsReported);

        await PostAsync(partner, id, "debrief", new()
        {
            ["Levels[0]"] = "Acquired",
            ["Comments[0]"] = "Questions ouvertes, le besoin caché est apparu.",
            ["Levels[1]"] = "InProgress",
            ["Comments[1]"] = "",
            ["Levels[2]"] = "Mastered",
            ["Comments[2]"] = "Remise accordée contre un engagement de volume.",
            ["Levels[3]"] = "Acquired",
            ["Levels[4]"] = "Acquired",
        }, "#debrief");

        foreach (var reader in new[] { seller, await app.AsAsync("prof.durand") })
        {
            var page = await reader.GetDocumentAsync(visitPage);
            var debrief = page.QuerySelector("#jeu-de-role-visite #debrief-lu")!.TextContent;
            Assert.Contains("Remise accordée contre un engagement de volume.", debrief, StringComparison.Ordinal);
            Assert.Contains("Négociation", debrief, StringComparison.Ordinal);
            Assert.Contains("Présentation de l'offre", debrief, StringComparison.Ordinal);
            Assert.Contains(Labels.Of(VisitResult.Order), page.QuerySelector("#visite-jouee")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("#resultat-joue"));
        }

        // The seller completes the compte rendu; the played conclusion stays, even when another result is posted.
        (await seller.PostFormAsync($"{visitPage}/compte-rendu", new()
        {
            ["Report.VisitedOn"] = "2026-11-24",
            ["Report.Interlocutor"] = "M. Durand, gérant",
            ["Report.Result"] = "Refusal",
            ["Report.Strengths"] = "Découverte menée avec méthode.",
            ["Report.Expenses"] = "12,40",
        }, visitPage)).AssertRedirectsTo(visitPage);
        made = await app.WithDbAsync(db => db.Visits.AsNoTracking().FirstAsync(v => v.Id == visit));
        Assert.Equal((VisitResult.Order, 1234.50m, "Découverte menée avec méthode.", CallMode.RolePlay), (made.Result!.Value, made.Amount!.Value, made.Strengths, made.Mode));
        // A visit already reported cannot be played again.
        var again = await seller.PostFormAsync($"/jeu-de-role/operations/{op}/visites/{visit}/binome", new() { ["partner"] = await app.UserIdAsync(Partner) }, visitPage);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.PairSessions.CountAsync(s => s.VisitId == visit)));
    }

    [Fact]
    public async Task Negotiation_UnderTheFloorPrice_IsRefusedInFrench_KeepsWhatWasTyped_AndSavesNothing()
    {
        var seller = await app.AsAsync("eleve15");
        var partner = await app.AsAsync("eleve16");
        var (op, visit) = await PlanVisitsAsync(app, seller, "Visite jouée, remise trop forte");
        var id = await InviteAsync(app, seller, op, visit, "eleve16");

        var product = await ProductAsync("eleve15");
        // Before the partner joined, there is nobody to negotiate with.
        var early = await seller.PostFormAsync($"/jeu-de-role/binomes/{id}/proposition", new() { ["ProductId"] = $"{product.Id}", ["DiscountPercent"] = "1" }, $"/jeu-de-role/binomes/{id}");
        Assert.Contains("n'a pas encore rejoint la visite", await early.TextAsync(), StringComparison.Ordinal);
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");

        var response = await seller.PostFormAsync($"/jeu-de-role/binomes/{id}/proposition", new() { ["ProductId"] = $"{product.Id}", ["DiscountPercent"] = "95" }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var message = page.QuerySelector("#negociation-erreur")!.TextContent;
        Assert.Contains("Remise refusée", message, StringComparison.Ordinal);
        Assert.Contains("sous le prix plancher", message, StringComparison.Ordinal);
        Assert.Equal("95", page.QuerySelector("#DiscountPercent")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($"#ProductId option[value='{product.Id}'][selected]"));
        var session = await SessionAsync(id);
        Assert.Equal((null, null, PairState.Open), (session.OfferNetPrice, session.OfferDesignation, session.State));
        Assert.False(session.IsDone(CallPhase.Negotiation));

        // A discount at the most the scenario allows is the floor price itself: accepted.
        var max = await app.WithDbAsync(async db => Math.Min(product.MaxDiscountRate, await db.Scenarios.Where(s => s.Id == product.ScenarioId).Select(s => s.MaxDiscountRate).FirstAsync()));
        await PostAsync(seller, id, "proposition", new() { ["ProductId"] = $"{product.Id}", ["DiscountPercent"] = (max * 100).ToString("0.####", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) }, "#negociation");
        Assert.Equal(VisitNegotiation.Floor(product.PriceExclVat, max), (await SessionAsync(id)).OfferNetPrice);
    }

    [Fact]
    public async Task PlayedVisit_CountsAsJeuDeRole_InResults_TheDocumentsSpreadsheet_AndTheTeachersDashboard()
    {
        var workspace = await app.WorkspaceOfAsync("eleve17");
        var classId = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Id == workspace).Select(w => w.ClassId).FirstAsync());
        var teacher = await app.AsAsync("prof.durand");
        string[] Row(AngleSharp.Dom.IDocument page) => page.QuerySelector($"#declares-joues tr[data-espace='{workspace}']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        var before = Row(await teacher.GetDocumentAsync($"/classes/{classId}/tableau-de-bord"));

        var seller = await app.AsAsync("eleve17");
        var (op, visit) = await PlanVisitsAsync(app, seller, "Visites jouées, chiffres");
        // The teacher plays the prospect: the invitation waits on their home page.
        var id = await InviteAsync(app, seller, op, visit, "prof.durand");
        Assert.NotNull((await teacher.GetDocumentAsync("/classes")).QuerySelector($"#invitations a[href='/jeu-de-role/binomes/{id}']"));
        await PlayAsync(teacher, id, new() { ["Result"] = "Appointment", ["NextStepOn"] = "2026-12-01" });

        var results = await seller.GetDocumentAsync($"/operations/{op}/resultats");
        var modes = results.QuerySelectorAll("#modes tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, modes.Count);
        Assert.Equal(["Visites déclarées", "0"], [modes[0][0], modes[0][2]]);
        Assert.Equal(["Visites jouées en jeu de rôle", "1"], [modes[1][0], modes[1][2]]);
        Assert.Contains("Visites réalisées", results.QuerySelector("#entonnoir")!.TextContent, StringComparison.Ordinal);

        var after = Row(await teacher.GetDocumentAsync($"/classes/{classId}/tableau-de-bord"));
        Assert.Equal(before[6], after[6]);
        Assert.Equal(int.Parse(before[7]) + 1, int.Parse(after[7]));

        var synthesis = await seller.PostFormAsync("/syntheses/nouvelle", new() { ["Title"] = "Compte rendu des visites jouées", ["From"] = "2026-11-01", ["To"] = "2026-11-30", ["OperationIds"] = $"{op}" });
        synthesis.AssertRedirectsTo("/syntheses/");
        var synthesisId = synthesis.Headers.Location!.OriginalString.Split('/').Last();
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await seller.GetByteArrayAsync($"/syntheses/{synthesisId}/xlsx")), false);
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        var played = cells.IndexOf("Visites jouées en jeu de rôle");
        Assert.True(played > 0, "La part des visites jouées en jeu de rôle manque dans l'export XLSX.");
        Assert.Equal(["1", "visites jouées en jeu de rôle ÷ visites réalisées", "1", "1"], cells.Skip(played + 1).Take(4));
    }

    [Fact]
    public async Task Demo_Eleve3_PlayedAVisitWithEleve4_ItsComptesRenduShowsTheDebrief()
    {
        var workspace = await app.WorkspaceOfAsync("eleve3");
        var visit = await app.WithDbAsync(db => db.Visits.AsNoTracking().SingleAsync(v => v.WorkspaceId == workspace && v.Mode == CallMode.RolePlay));
        Assert.Equal((VisitResult?)VisitResult.Order, visit.Result);
        Assert.Equal(await app.UserIdAsync("eleve3"), visit.AuthorId);

        var page = await (await app.AsAsync("eleve3")).GetDocumentAsync($"/operations/{visit.OperationId}/visites/{visit.Id}");
        Assert.Equal(5, page.QuerySelectorAll("#jeu-de-role-visite #debrief-lu tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#resultat-joue"));
        var href = page.QuerySelector("#visite-jouee a")!.GetAttribute("href")!;
        var session = await (await app.AsAsync("eleve3")).GetDocumentAsync(href);
        Assert.Equal(5, session.QuerySelectorAll("#etapes li[data-done=oui]").Length);
        Assert.Contains("Remise", session.QuerySelector("#proposition")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // eleve4 played the prospect: the session is in their list; the class's teacher reads the compte rendu with its debrief.
        Assert.NotNull((await (await app.AsAsync("eleve4")).GetDocumentAsync("/jeu-de-role/binomes")).QuerySelector($"#binomes a[href='{href}']"));
        var teacher = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/operations/{visit.OperationId}/visites/{visit.Id}");
        Assert.NotNull(teacher.QuerySelector("#jeu-de-role-visite #debrief-lu"));
    }
}
