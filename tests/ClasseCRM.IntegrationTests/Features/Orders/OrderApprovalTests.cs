using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Orders;

/// <summary>
/// The "accord du responsable" as data: the student's request with its message, the teacher's agreement or refusal with
/// a reason the student reads on the quote, a new request after a refusal, and who may do what (eleve13–24 are prof.durand's).
/// </summary>
public sealed class OrderApprovalTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private Task<Order> OrderAsync(int id) => app.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == id));

    private static Task<HttpResponseMessage> RefuseAsync(HttpClient teacher, int id, string reason) =>
        teacher.PostFormAsync($"/commandes/{id}/refus", new() { ["Reason"] = reason }, $"/commandes/{id}");

    private async Task<bool> InInboxAsync(string teacher, int id) =>
        (await (await app.AsAsync(teacher)).GetDocumentAsync("/a-traiter")).QuerySelector($"#accords a[href='/commandes/{id}']") is not null;

    [Fact]
    public async Task Accept_TheRequestAndItsMessage_LetsTheStudentSendIt()
    {
        var id = await ApprovalRequests.AskAsync(app, "eleve16", "Client stratégique : il signe pour 3 si j'accorde la remise.");
        var asked = await OrderAsync(id);
        Assert.Equal((OrderStatus.Draft, new DateTime(2026, 11, 24, 9, 30, 0)), (asked.Status, asked.ApprovalRequestedAtUtc!.Value));
        Assert.Null(asked.Notes);   // no more "[Accord demandé] " in the notes
        var teacher = await app.AsAsync("prof.durand");
        var page = await teacher.GetDocumentAsync($"/commandes/{id}");
        Assert.Contains("Client stratégique : il signe pour 3 si j'accorde la remise.", page.QuerySelector("#demande-accord")!.TextContent);
        Assert.NotNull(page.QuerySelector($"form[action='/commandes/{id}/refus']"));
        Assert.True(await InInboxAsync("prof.durand", id));

        (await teacher.PostFormAsync($"/commandes/{id}/accord", new() { ["Text"] = "Remise accordée : client stratégique" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");

        Assert.StartsWith("Remise accordée : client stratégique — ", (await OrderAsync(id)).ManagerApproval);
        Assert.False(await InInboxAsync("prof.durand", id));
        var student = await app.AsAsync("eleve16");
        (await student.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "QuoteSent", ["On"] = "2026-11-24" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");
        Assert.Equal(OrderStatus.QuoteSent, (await OrderAsync(id)).Status);
    }

    [Fact]
    public async Task Refuse_WithAReason_TheStudentReadsIt_ChangesTheQuoteAndAsksAgain()
    {
        var id = await ApprovalRequests.AskAsync(app, "eleve17", extraPoints: 10);
        var teacher = await app.AsAsync("prof.durand");

        (await RefuseAsync(teacher, id, "Trop de remise pour ce client : proposez moins et un paiement à 30 jours.")).AssertRedirectsTo($"/commandes/{id}");

        var refused = await OrderAsync(id);
        Assert.Null(refused.ApprovalRequestedAtUtc);
        Assert.Equal(OrderStatus.Draft, refused.Status);
        Assert.Null(refused.ManagerApproval);
        Assert.False(await InInboxAsync("prof.durand", id));
        var student = await app.AsAsync("eleve17");
        var page = await student.GetDocumentAsync($"/commandes/{id}");
        Assert.Equal("Trop de remise pour ce client : proposez moins et un paiement à 30 jours.", page.QuerySelector("#motif-refus")!.TextContent);
        Assert.Contains("Accord refusé par", page.QuerySelector("#refus-accord")!.TextContent);
        Assert.Contains("Hors de la marge de manœuvre", await (await student.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "QuoteSent", ["On"] = "2026-11-24" }, $"/commandes/{id}")).TextAsync());

        var edit = await student.GetDocumentAsync($"/commandes/{id}/modifier");
        Assert.Contains("Trop de remise pour ce client", edit.QuerySelector("#refus-accord")!.TextContent);
        Assert.NotNull(edit.QuerySelector("input#AskApproval"));

        // The student changes the quote (less discount, still outside the room) and asks again: the refusal is gone.
        var form = await ApprovalRequests.FormAsync(app, "eleve17", 3, "J'ai réduit la remise, le client reste intéressé.");
        (await student.PostFormAsync($"/commandes/{id}/modifier", form, $"/commandes/{id}/modifier")).AssertRedirectsTo($"/commandes/{id}");
        var again = await OrderAsync(id);
        Assert.Equal((null, "J'ai réduit la remise, le client reste intéressé."), (again.ApprovalRefusal, again.ApprovalRequest));
        Assert.NotNull(again.ApprovalRequestedAtUtc);
        Assert.True(await InInboxAsync("prof.durand", id));

        // Refused once more, the student may also ask again from the quote's page without changing it.
        (await RefuseAsync(teacher, id, "Toujours trop.")).AssertRedirectsTo($"/commandes/{id}");
        (await student.PostFormAsync($"/commandes/{id}/demande-accord", new() { ["Message"] = "Le client menace de partir chez le concurrent." }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");
        var third = await OrderAsync(id);
        Assert.Equal((null, "Le client menace de partir chez le concurrent."), (third.ApprovalRefusal, third.ApprovalRequest));
        Assert.True(await InInboxAsync("prof.durand", id));
    }

    [Fact]
    public async Task Refuse_WithoutAReason_IsRefusedInFrench_AndKeepsWhatWasTyped()
    {
        var id = await ApprovalRequests.AskAsync(app, "eleve18");
        var teacher = await app.AsAsync("prof.durand");

        var empty = await RefuseAsync(teacher, id, "  ");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Indiquez le motif du refus : l'élève le lira sur son devis.", (await empty.ReadDocumentAsync()).QuerySelector("#erreurs")!.TextContent);
        var tooLong = "Motif trop long. " + new string('x', 1000);
        var page = await (await RefuseAsync(teacher, id, tooLong)).ReadDocumentAsync();
        Assert.Contains("1 000 caractères au plus", page.QuerySelector("#erreurs")!.TextContent);
        Assert.Equal(tooLong, page.QuerySelector("textarea#Reason")!.TextContent);
        var order = await OrderAsync(id);
        Assert.Equal((null, true), (order.ApprovalRefusal, OrderApprovals.Awaits(order)));
    }

    [Fact]
    public async Task AnotherClassesTeacher_GetsNotFound_AndAStudentIsForbidden()
    {
        var id = await ApprovalRequests.AskAsync(app, "eleve19");
        var other = await app.AsAsync("prof.martin");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/commandes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/commandes/{id}/accord", new() { ["Text"] = "Oui" }, "/a-traiter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/commandes/{id}/refus", new() { ["Reason"] = "Non" }, "/a-traiter")).StatusCode);
        var student = await app.AsAsync("eleve19");
        Assert.Equal(HttpStatusCode.Forbidden, (await student.PostFormAsync($"/commandes/{id}/refus", new() { ["Reason"] = "Je me refuse" }, $"/commandes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve20")).PostFormAsync($"/commandes/{id}/demande-accord", [], "/commandes")).StatusCode);

        var order = await OrderAsync(id);
        Assert.Equal((null, null, true), (order.ManagerApproval, order.ApprovalRefusal, OrderApprovals.Awaits(order)));
        Assert.False(await InInboxAsync("prof.martin", id));
    }

    [Fact]
    public async Task BackWithinTheRoom_TheRequestNoLongerWaits()
    {
        var id = await ApprovalRequests.AskAsync(app, "eleve21");
        var student = await app.AsAsync("eleve21");
        var form = await ApprovalRequests.FormAsync(app, "eleve21", 0, null);
        form["Lines[0].DiscountPercent"] = "0";
        form.Remove("AskApproval");

        (await student.PostFormAsync($"/commandes/{id}/modifier", form, $"/commandes/{id}/modifier")).AssertRedirectsTo($"/commandes/{id}");

        Assert.Null((await OrderAsync(id)).ApprovalRequestedAtUtc);
        Assert.False(await InInboxAsync("prof.durand", id));
    }

    [Fact]
    public async Task AgreementCoversItsTerms_ChangingThemOutsideTheRoom_DropsIt_ResavingUnchangedKeepsIt()
    {
        var id = await ApprovalRequests.AskAsync(app, "eleve19", "15 % pour ce client");
        var teacher = await app.AsAsync("prof.durand");
        (await teacher.PostFormAsync($"/commandes/{id}/accord", new() { ["Text"] = "Remise accordée une fois" }, $"/commandes/{id}")).AssertRedirectsTo($"/commandes/{id}");
        var student = await app.AsAsync("eleve19");

        // Saved again with the same terms (as read back from the database): the agreement stands.
        var same = await ApprovalRequests.FormAsync(app, "eleve19", 5, null);
        same.Remove("AskApproval");
        (await student.PostFormAsync($"/commandes/{id}/modifier", same, $"/commandes/{id}/modifier")).AssertRedirectsTo($"/commandes/{id}");
        Assert.NotNull((await OrderAsync(id)).ManagerApproval);

        // More discount than what was agreed: refused without a new request, and the agreement is not stretched to it.
        var more = await ApprovalRequests.FormAsync(app, "eleve19", 30, null);
        more.Remove("AskApproval");
        var refused = await student.PostFormAsync($"/commandes/{id}/modifier", more, $"/commandes/{id}/modifier");
        Assert.Contains("sous le prix plancher", await refused.TextAsync());
        var kept = await OrderAsync(id);
        Assert.NotNull(kept.ManagerApproval);   // nothing saved: the agreed quote is unchanged

        Assert.DoesNotContain("15 % pour ce client", (await student.GetDocumentAsync($"/commandes/{id}/modifier")).QuerySelector("form")!.InnerHtml);   // the answered request is not offered again
        more["AskApproval"] = "true";
        (await student.PostFormAsync($"/commandes/{id}/modifier", more, $"/commandes/{id}/modifier")).AssertRedirectsTo($"/commandes/{id}");
        var asked = await OrderAsync(id);
        Assert.Null(asked.ManagerApproval);
        Assert.NotNull(asked.ApprovalRequestedAtUtc);
        Assert.Null(asked.ApprovalRequest);   // a new request: the teacher does not read the message written for the terms agreed before
        await student.PostFormAsync($"/commandes/{id}/etape", new() { ["To"] = "QuoteSent", ["On"] = "2026-11-24" }, $"/commandes/{id}");
        Assert.Equal(OrderStatus.Draft, (await OrderAsync(id)).Status);   // it cannot be sent before the new agreement
    }
}
