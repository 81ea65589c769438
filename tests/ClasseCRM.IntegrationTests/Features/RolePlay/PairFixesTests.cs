using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.RolePlay;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// Three fixes of pair mode found by review: the caller's own outcome is closed once the partner recorded the call; the
/// caller can cancel an invitation nobody joined; a teacher sees the invitations on their home page.
/// </summary>
public sealed class PairFixesTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private Task<PairSession> SessionAsync(int id) => app.WithDbAsync(db => db.PairSessions.AsNoTracking().FirstAsync(s => s.Id == id));

    private static async Task PostAsync(HttpClient client, int id, string action, Dictionary<string, string> fields, string anchor = "")
    {
        var response = await client.PostFormAsync($"/jeu-de-role/binomes/{id}/{action}", fields, $"/jeu-de-role/binomes/{id}");
        response.AssertRedirectsTo($"/jeu-de-role/binomes/{id}{anchor}");
    }

    [Fact]
    public async Task CallerResult_AfterThePartnerRecordedTheCall_IsRefusedInFrench_AndTheFormIsHidden()
    {
        var caller = await app.AsAsync("eleve13");
        var partner = await app.AsAsync("eleve14");
        var op = await caller.PlanPhoningAsync("Phoning en binôme, résultat figé");
        var id = await PairSessionTests.InviteAsync(app, caller, op, "eleve14");
        await PostAsync(caller, id, "mon-resultat", new() { ["CallerOutcome"] = "RefusedBeforePitch" }, "#resultats");
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");
        await PostAsync(partner, id, "resultat", new() { ["Reached"] = "DecisionMaker", ["Outcome"] = "PitchedNoFollowUp" }, "#debrief");
        Assert.Null((await caller.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("form#mon-resultat"));

        var late = await caller.PostFormAsync($"/jeu-de-role/binomes/{id}/mon-resultat", new() { ["CallerOutcome"] = "PitchedNoFollowUp" }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await late.ReadDocumentAsync();
        Assert.Contains(PairSessionService.CallerResultClosedMessage, page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form#mon-resultat"));
        Assert.NotNull(page.QuerySelector("#desaccord"));
        Assert.Equal(CallOutcome.RefusedBeforePitch, (await SessionAsync(id)).CallerOutcome);
    }

    [Fact]
    public async Task Cancel_AnInvitationNobodyJoined_LeavesThePartnersInvitations_AndJoiningIsRefused()
    {
        var caller = await app.AsAsync("eleve15");
        var partner = await app.AsAsync("eleve16");
        var op = await caller.PlanPhoningAsync("Phoning en binôme, invitation annulée");
        var id = await PairSessionTests.InviteAsync(app, caller, op, "eleve16");
        Assert.NotNull((await partner.GetDocumentAsync("/")).QuerySelector($"#invitations a[href='/jeu-de-role/binomes/{id}']"));
        // Only the caller cancels.
        Assert.Null((await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("form#annuler-invitation"));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/annuler", [], $"/jeu-de-role/binomes/{id}")).StatusCode);

        Assert.NotNull((await caller.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("form#annuler-invitation"));
        await PostAsync(caller, id, "annuler", []);
        Assert.Equal(PairState.Cancelled, (await SessionAsync(id)).State);
        var cancelled = await caller.GetDocumentAsync($"/jeu-de-role/binomes/{id}");
        Assert.NotNull(cancelled.QuerySelector("#invitation-annulee"));
        Assert.Null(cancelled.QuerySelector("form#annuler-invitation"));
        Assert.Null((await partner.GetDocumentAsync("/")).QuerySelector($"#invitations a[href='/jeu-de-role/binomes/{id}']"));

        var join = await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/rejoindre", [], $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
        Assert.Contains(PairSessionService.CancelledMessage, await join.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(PairState.Cancelled, (await SessionAsync(id)).State);

        // Once the partner joined, the invitation is played to its end.
        var joined = await PairSessionTests.InviteAsync(app, caller, op, "eleve16");
        await PostAsync(partner, joined, "rejoindre", [], "#carte-role");
        var late = await caller.PostFormAsync($"/jeu-de-role/binomes/{joined}/annuler", [], $"/jeu-de-role/binomes/{joined}");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("l'invitation ne peut plus être annulée", await late.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(PairState.Open, (await SessionAsync(joined)).State);
    }

    [Fact]
    public async Task Teacher_SeesTheInvitationsOnTheirHomePage()
    {
        var caller = await app.AsAsync("eleve17");
        var teacher = await app.AsAsync("prof.durand");
        var op = await caller.PlanPhoningAsync("Phoning joué avec l'enseignant, accueil");
        Assert.Null((await teacher.GetDocumentAsync("/classes")).QuerySelector("#invitations"));
        var id = await PairSessionTests.InviteAsync(app, caller, op, "prof.durand");

        var home = await teacher.GetDocumentAsync("/classes");
        Assert.NotNull(home.QuerySelector($"#invitations a[href='/jeu-de-role/binomes/{id}']"));
        Assert.Contains("Phoning joué avec l'enseignant, accueil", home.QuerySelector("#invitations")!.TextContent, StringComparison.Ordinal);
        // Another class's teacher does not see it.
        Assert.Null((await (await app.AsAsync("prof.martin")).GetDocumentAsync("/classes")).QuerySelector($"#invitations a[href='/jeu-de-role/binomes/{id}']"));
    }
}
