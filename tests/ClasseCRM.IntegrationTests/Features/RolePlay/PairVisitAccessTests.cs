using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Features.RolePlay;
using Microsoft.EntityFrameworkCore;
using static ClasseCRM.IntegrationTests.Features.RolePlay.PairVisitSteps;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// Who may play a visit and see it (issue 19, item 4): a pupil of another class cannot be invited nor join; the card is
/// the partner's only while the visit is played; another workspace's visit session, page and invitation answer 404.
/// </summary>
public sealed class PairVisitAccessTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Seller = "eleve19";
    private const string Partner = "eleve20";

    [Fact]
    public async Task Invite_AStudentOfAnotherClass_IsRefused_AndStrangersGet404OnEverything()
    {
        var seller = await app.AsAsync(Seller);
        var (op, visit) = await PlanVisitsAsync(app, seller, "Visite jouée, accès");
        var visitPage = $"/operations/{op}/visites/{visit}";

        var outsider = await seller.PostFormAsync($"/jeu-de-role/operations/{op}/visites/{visit}/binome", new() { ["partner"] = await app.UserIdAsync("eleve1") }, visitPage);
        Assert.Equal(HttpStatusCode.OK, outsider.StatusCode);
        Assert.Contains(PairSessionService.NotAPartnerMessage, (await outsider.ReadDocumentAsync()).QuerySelector("#binome-erreur")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PairSessions.CountAsync(s => s.VisitId == visit)));

        var id = await InviteAsync(app, seller, op, visit, Partner);
        foreach (var stranger in new[] { "eleve1", "eleve18", "prof.martin" })
        {
            var client = await app.AsAsync(stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jeu-de-role/binomes/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jeu-de-role/binomes/{id}/etat")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(visitPage)).StatusCode);
            var token = await client.TokenAsync("/jeu-de-role");
            foreach (var (action, fields) in new (string, Dictionary<string, string>)[]
            {
                ("rejoindre", []),
                ("conclusion", new() { ["Result"] = "Order", ["Amount"] = "100" }),
                ("annuler", []),
            })
            {
                fields["__RequestVerificationToken"] = token;
                Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/jeu-de-role/binomes/{id}/{action}", new FormUrlEncodedContent(fields))).StatusCode);
            }
            if (stranger != "prof.martin")
            {
                // Another workspace's visit cannot be played from outside it.
                var forged = await client.PostAsync($"/jeu-de-role/operations/{op}/visites/{visit}/binome", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["partner"] = await app.UserIdAsync(Partner),
                    ["__RequestVerificationToken"] = token,
                }));
                Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
            }
        }
        Assert.Equal(1, await app.WithDbAsync(db => db.PairSessions.CountAsync(s => s.VisitId == visit)));
        Assert.Equal(HttpStatusCode.OK, (await (await app.AsAsync("prof.durand")).GetAsync($"/jeu-de-role/binomes/{id}")).StatusCode);
    }

    [Fact]
    public async Task Card_IsThePartnersOnlyWhileTheVisitIsPlayed_AndTheSellerCannotConclude()
    {
        var seller = await app.AsAsync("eleve21");
        var partner = await app.AsAsync("eleve22");
        var (op, visit) = await PlanVisitsAsync(app, seller, "Visite jouée, carte fermée après");
        var id = await InviteAsync(app, seller, op, visit, "eleve22");

        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        // The seller does not record the partner's conclusion.
        var own = await seller.PostFormAsync($"/jeu-de-role/binomes/{id}/conclusion", new() { ["Result"] = "Order", ["Amount"] = "500" }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);

        // A quote needs its amount and a dated next step: refused in French, the typed values kept, nothing saved.
        var missing = await partner.PostFormAsync($"/jeu-de-role/binomes/{id}/conclusion", new() { ["Result"] = "Quote", ["Notes"] = "Veut comparer." }, $"/jeu-de-role/binomes/{id}");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var form = await missing.ReadDocumentAsync();
        Assert.Contains("Indiquez le montant HT de la commande ou du devis.", form.Text(), StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("#conclusion-Quote[checked]"));
        Assert.Equal("Veut comparer.", form.QuerySelector("#Notes")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Visits.Where(v => v.Id == visit).Select(v => v.ReportedAtUtc != null).FirstAsync()));

        await PostAsync(partner, id, "conclusion", new() { ["Result"] = "Refusal" }, "#debrief");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/jeu-de-role/binomes/{id}/carte")).StatusCode);
        Assert.Null((await partner.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("#carte-role"));
        Assert.NotNull((await seller.GetDocumentAsync($"/jeu-de-role/binomes/{id}")).QuerySelector("#carte-role"));
    }
}
