using System.Globalization;
using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.RolePlay;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// Pair role play through HTTP, as two pupils play it: the caller invites a classmate from the phoning page, the partner
/// sees the invitation, joins and reads the card, the caller ticks the plan d'appel, the partner records what happened —
/// the call is logged once with the partner's outcome (mode « jeu de rôle ») — and writes the debrief the caller and the
/// teacher read. Nobody else of the class, nor anyone of another class, sees the session.
/// </summary>
public sealed class PairSessionTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Caller = "eleve16";
    private const string Partner = "eleve17";
    private static readonly string Refused = CallOutcomes.Label(CallOutcome.RefusedBeforePitch);
    private static readonly string Rdv = CallOutcomes.Label(CallOutcome.AppointmentMade);

    internal static async Task<int> ShownAsync(HttpClient client, int op)
    {
        var page = await client.GetDocumentAsync($"/operations/{op}/phoning");
        return int.Parse(page.QuerySelector("#binome input[name=prospect]")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
    }

    /// <summary>Invites <paramref name="partner"/> to play the fiche shown on the phoning page; returns the session's id.</summary>
    internal static async Task<int> InviteAsync(TestApp app, HttpClient caller, int op, string partner)
    {
        var prospect = await ShownAsync(caller, op);
        var response = await caller.PostFormAsync($"/jeu-de-role/operations/{op}/binome", new() { ["prospect"] = $"{prospect}", ["partner"] = await app.UserIdAsync(partner) }, $"/operations/{op}/phoning");
        response.AssertRedirectsTo("/jeu-de-role/binomes/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private Task<PairSession> SessionAsync(int id) => app.WithDbAsync(db => db.PairSessions.AsNoTracking().FirstAsync(s => s.Id == id));

    private static async Task PostAsync(HttpClient client, int id, string action, Dictionary<string, string> fields, string anchor = "")
    {
        var response = await client.PostFormAsync($"/jeu-de-role/binomes/{id}/{action}", fields, $"/jeu-de-role/binomes/{id}");
        response.AssertRedirectsTo($"/jeu-de-role/binomes/{id}{anchor}");
    }

    [Fact]
    public async Task PairCall_InviteJoinTickRecord_LogsTheCallOnceWithThePartnersOutcome_AndShowsTheDisagreement()
    {
        var caller = await app.AsAsync(Caller);
        var partner = await app.AsAsync(Partner);
        var op = await caller.PlanPhoningAsync("Phoning joué en binôme");
        var id = await InviteAsync(app, caller, op, Partner);

        // The partner sees the invitation on « Aujourd'hui » and on /jeu-de-role.
        Assert.Contains("Phoning joué en binôme", (await partner.GetDocumentAsync("/")).QuerySelector("#invitations")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await partner.GetDocumentAsync("/jeu-de-role")).QuerySelector($"#invitations a[href='/jeu-de-role/binomes/{id}']"));
        var invited = await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}");
        Assert.NotNull(invited.QuerySelector("form#rejoindre"));
        Assert.Null(invited.QuerySelector("#carte-role"));

        await PostAsync(partner, id, "rejoindre", [], "#carte-role");
        var card = await app.WithDbAsync(db => db.RoleCards.AsNoTracking().FirstAsync(c => c.ProspectId == db.PairSessions.Where(s => s.Id == id).Select(s => s.ProspectId).First()));
        var playing = await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}");
        Assert.Contains(card.HiddenNeed, playing.QuerySelector("#carte-role")!.TextContent, StringComparison.Ordinal);
        // The caller does not read the card while calling.
        Assert.Null((await caller.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("#carte-role"));

        await PostAsync(caller, id, "etapes", new() { ["phase"] = "Opening" }, "#plan-appel");
        await PostAsync(caller, id, "etapes", new() { ["phase"] = "Discovery" }, "#plan-appel");
        var live = await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}/etat");
        Assert.Equal(["Opening", "Discovery"], live.QuerySelectorAll("#etapes li[data-done=oui]").Select(li => li.GetAttribute("data-phase")!));
        await PostAsync(caller, id, "mon-resultat", new() { ["CallerOutcome"] = "RefusedBeforePitch" }, "#resultats");

        await PostAsync(partner, id, "resultat", new()
        {
            ["Reached"] = "DecisionMaker",
            ["Objections"] = card.Objections[0].Text,
            ["Outcome"] = "AppointmentMade",
            ["FollowUpAt"] = "2026-11-26T10:00",
            ["Notes"] = "Bonne accroche.",
        }, "#debrief");

        var session = await SessionAsync(id);
        Assert.Equal((PairState.Finished, (PairReached?)PairReached.DecisionMaker, (CallOutcome?)CallOutcome.AppointmentMade), (session.State, session.Reached, session.PartnerOutcome));
        Assert.Equal([card.Objections[0].Text], session.RaisedObjections);
        var call = await app.WithDbAsync(db => db.CallLogs.AsNoTracking().SingleAsync(c => c.OperationId == op));
        Assert.Equal((session.CallLogId, CallOutcome.AppointmentMade, CallMode.RolePlay, await app.UserIdAsync(Caller)), ((int?)call.Id, call.Outcome, call.Mode, call.AuthorId));
        Assert.Equal(1, await app.WithDbAsync(db => db.Reminders.CountAsync(r => r.SourceKey == $"rdv:{op}:{session.ProspectId}")));

        var callerPage = await caller.GetDocumentAsync($"/jeu-de-role/binomes/{id}");
        Assert.Contains($"Vous avez noté « {Refused} » ; votre partenaire a noté « {Rdv} ».", callerPage.QuerySelector("#desaccord")!.TextContent, StringComparison.Ordinal);
        var partnerPage = await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}");
        Assert.Contains($"Vous avez noté « {Rdv} » ; votre partenaire a noté « {Refused} ».", partnerPage.QuerySelector("#desaccord")!.TextContent, StringComparison.Ordinal);
        // The card closed for the partner with the call; the caller reads it now, as after a solo call.
        Assert.Null(partnerPage.QuerySelector("#carte-role"));
        Assert.NotNull(callerPage.QuerySelector("#carte-role"));
        // The operation's history says how the call was made, and links to the session.
        var history = (await caller.GetDocumentAsync($"/operations/{op}/phoning")).QuerySelector("#derniers-appels")!;
        Assert.Contains("jeu de rôle", history.TextContent, StringComparison.Ordinal);
        Assert.NotNull(history.QuerySelector($"a[href='/jeu-de-role/binomes/{id}']"));
        // Recording twice is refused: the call is logged once.
        var again = await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/resultat", new() { ["Reached"] = "Nobody", ["Outcome"] = "NoAnswer" }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == op)));
    }

    [Fact]
    public async Task Debrief_WrittenByThePartner_IsReadByTheCallerAndTheTeacher()
    {
        var caller = await app.AsAsync(Caller);
        var partner = await app.AsAsync(Partner);
        var op = await caller.PlanPhoningAsync("Phoning en binôme débriefé");
        var id = await InviteAsync(app, caller, op, Partner);
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");
        await PostAsync(partner, id, "resultat", new() { ["Reached"] = "Switchboard", ["Outcome"] = "Gatekeeper" }, "#debrief");

        // A level missing: a French message, and the comments typed are kept.
        var missing = await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/debrief", new()
        {
            ["Levels[0]"] = "Acquired",
            ["Comments[0]"] = "Présentation claire.",
            ["Levels[1]"] = "InProgress",
            ["Levels[2]"] = "Mastered",
            ["Levels[3]"] = "NotAcquired",
        }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var form = await missing.ReadDocumentAsync();
        Assert.Contains("Choisissez un niveau pour « Conclusion ».", form.Text(), StringComparison.Ordinal);
        Assert.Equal("Présentation claire.", form.QuerySelector("#commentaire-0")!.TextContent);

        await PostAsync(partner, id, "debrief", new()
        {
            ["Levels[0]"] = "Acquired",
            ["Comments[0]"] = "Présentation claire.",
            ["Levels[1]"] = "InProgress",
            ["Levels[2]"] = "Mastered",
            ["Levels[3]"] = "NotAcquired",
            ["Levels[4]"] = "Acquired",
            ["Comments[4]"] = "Le barrage n'a pas été franchi.",
        }, "#debrief");

        foreach (var reader in new[] { caller, await app.AsAsync("prof.durand") })
        {
            var page = await reader.GetDocumentAsync($"/jeu-de-role/binomes/{id}");
            var table = page.QuerySelector("#debrief-lu")!.TextContent;
            Assert.Contains("Présentation claire.", table, StringComparison.Ordinal);
            Assert.Contains("maîtrisé", table, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("#debrief-form"));
        }
        // The teacher's list of the class's sessions shows it, debrief written.
        var list = (await (await app.AsAsync("prof.durand")).GetDocumentAsync("/jeu-de-role/binomes")).QuerySelector("#binomes")!;
        Assert.NotNull(list.QuerySelector($"a[href='/jeu-de-role/binomes/{id}']"));
        Assert.Contains("écrit", list.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_IsThePartnersOnlyWhileTheCallIsPlayed()
    {
        var caller = await app.AsAsync(Caller);
        var partner = await app.AsAsync(Partner);
        var op = await caller.PlanPhoningAsync("Phoning en binôme, carte fermée après");
        var id = await InviteAsync(app, caller, op, Partner);

        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        await PostAsync(partner, id, "resultat", new() { ["Reached"] = "Nobody", ["Outcome"] = "NoAnswer" }, "#debrief");

        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        Assert.Null((await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("#carte-role"));
        // The card's own page stays the teacher's.
        var cardId = await app.WithDbAsync(db => db.RoleCards.Where(c => c.ProspectId == db.PairSessions.Where(s => s.Id == id).Select(s => s.ProspectId).First()).Select(c => c.Id).FirstAsync());
        Assert.NotEqual(HttpStatusCode.OK, (await partner.GetAsync($"/jeu-de-role/cartes/{cardId}")).StatusCode);
    }

    [Fact]
    public async Task Invite_AStudentOfAnotherClass_IsRefused_AndOnlyTheClassSeesTheSession()
    {
        var caller = await app.AsAsync(Caller);
        var op = await caller.PlanPhoningAsync("Phoning en binôme fermé");
        var prospect = await ShownAsync(caller, op);

        var outsider = await caller.PostFormAsync($"/jeu-de-role/operations/{op}/binome", new() { ["prospect"] = $"{prospect}", ["partner"] = await app.UserIdAsync("eleve1") }, $"/operations/{op}/phoning");
        Assert.Equal(HttpStatusCode.OK, outsider.StatusCode);
        Assert.Contains(PairSessionService.NotAPartnerMessage, (await outsider.ReadDocumentAsync()).QuerySelector("#binome-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PairSessions.CountAsync(s => s.OperationId == op)));

        var id = await InviteAsync(app, caller, op, Partner);
        foreach (var stranger in new[] { "eleve1", "eleve18", "prof.martin" })
        {
            var client = await app.AsAsync(stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jeu-de-role/binomes/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jeu-de-role/binomes/{id}/etat")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
            var token = await client.TokenAsync("/jeu-de-role");
            var join = await client.PostAsync($"/jeu-de-role/binomes/{id}/rejoindre", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.NotFound, join.StatusCode);
            var forged = await client.PostAsync($"/jeu-de-role/binomes/{id}/resultat", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Reached"] = "DecisionMaker",
                ["Outcome"] = "Order",
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }
        Assert.Equal(PairState.Invited, (await SessionAsync(id)).State);
        // The partner cannot tick the caller's plan; the class's teacher reads the session.
        var partner = await app.AsAsync(Partner);
        var tick = await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/etapes", new() { ["phase"] = "Opening" }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.NotFound, tick.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.AsAsync("prof.durand")).GetAsync($"/jeu-de-role/binomes/{id}")).StatusCode);
    }

    [Fact]
    public async Task Teacher_AsPartner_PlaysTheProspectAndTheCallIsLoggedInThePupilsWorkspace()
    {
        var caller = await app.AsAsync(Caller);
        var teacher = await app.AsAsync("prof.durand");
        var op = await caller.PlanPhoningAsync("Phoning joué avec l'enseignant");
        var id = await InviteAsync(app, caller, op, "prof.durand");

        Assert.NotNull((await teacher.GetDocumentAsync("/jeu-de-role")).QuerySelector($"#invitations a[href='/jeu-de-role/binomes/{id}']"));
        await PostAsync(teacher, id, "rejoindre", [], "#carte-role");
        Assert.NotNull((await teacher.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("form#resultat-partenaire"));
        await PostAsync(teacher, id, "resultat", new() { ["Reached"] = "DecisionMaker", ["Outcome"] = "PitchedNoFollowUp" }, "#debrief");

        var call = await app.WithDbAsync(db => db.CallLogs.AsNoTracking().SingleAsync(c => c.OperationId == op));
        Assert.Equal((CallOutcome.PitchedNoFollowUp, CallMode.RolePlay, await app.WorkspaceOfAsync(Caller)), (call.Outcome, call.Mode, call.WorkspaceId));
    }

    [Fact]
    public async Task PartnerResult_RdvWithoutDate_IsRefusedInFrench_KeepsWhatWasTyped_AndLogsNothing()
    {
        var caller = await app.AsAsync(Caller);
        var partner = await app.AsAsync(Partner);
        var op = await caller.PlanPhoningAsync("Phoning en binôme sans date");
        var id = await InviteAsync(app, caller, op, Partner);
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");

        var response = await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/resultat", new() { ["Reached"] = "Assistant", ["Outcome"] = "AppointmentMade", ["Notes"] = "Il hésitait." }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Indiquez la date et l'heure du rendez-vous obtenu.", page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#joint-Assistant[checked]"));
        Assert.Equal("Il hésitait.", page.QuerySelector("#Notes")!.TextContent);
        Assert.NotNull(page.QuerySelector("#carte-role"));
        Assert.Equal(PairState.Open, (await SessionAsync(id)).State);
        Assert.Equal(0, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == op)));
    }
}
