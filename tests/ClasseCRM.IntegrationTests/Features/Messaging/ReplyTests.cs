using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Messaging;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Messaging;

/// <summary>« Répondre » on a prospect's message: the compose form pre-filled, sent through the outbox into the conversation.</summary>
public sealed class ReplyTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private Task<OutboxMessage> ReceivedAsync(string student) => app.WithDbAsync(async db =>
    {
        var ws = await db.WorkspaceMembers.Where(m => m.Student!.UserName == student).Select(m => m.WorkspaceId).FirstAsync();
        return await db.OutboxMessages.Where(m => m.WorkspaceId == ws && m.Status == OutboxStatus.Received && m.ProspectId != null).OrderBy(m => m.Id).FirstAsync();
    });

    [Fact]
    public async Task Reply_PrefilledFromTheMessage_SentIntoTheConversation()
    {
        var client = await app.AsAsync("eleve6");
        var original = await ReceivedAsync("eleve6");
        var details = await client.GetDocumentAsync($"/messagerie/{original.Id}");
        Assert.Equal($"/messagerie/{original.Id}/repondre", details.QuerySelector("#repondre-au-prospect")!.GetAttribute("href"));

        var form = await client.GetDocumentAsync($"/messagerie/{original.Id}/repondre");

        var contact = await app.WithDbAsync(db => db.Contacts.Where(c => c.ProspectId == original.ProspectId && c.Email == original.FromAddress).Select(c => c.Id).FirstAsync());
        Assert.Equal($"{contact}", form.QuerySelector("#ContactId option[selected]")!.GetAttribute("value"));
        var subject = form.QuerySelector("#Subject")!.GetAttribute("value")!;
        Assert.StartsWith("Re\u00A0: ", subject, StringComparison.Ordinal);
        Assert.DoesNotContain("RE\u00A0:", subject[3..], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("RE :", subject, StringComparison.OrdinalIgnoreCase); // typo-fix: keep
        var body = form.QuerySelector("#Body")!.TextContent;
        Assert.Contains("a écrit\u00A0:", body);
        Assert.Contains("> " + original.BodyText.Split('\n')[0].TrimEnd(), body);
        Assert.Equal($"{original.Id}", form.QuerySelector("input[name=InReplyToId]")!.GetAttribute("value"));

        var sent = await client.PostFormAsync("/messagerie/nouveau", new()
        {
            ["ContactId"] = $"{contact}",
            ["Subject"] = subject,
            ["Body"] = "Bonjour,\n\nMerci pour votre réponse : je vous propose un rendez-vous mardi.\n" + body,
            ["InReplyToId"] = $"{original.Id}",
        }, $"/messagerie/{original.Id}/repondre");

        sent.AssertRedirectsTo("/messagerie/");
        var replyId = int.Parse(sent.Headers.Location!.OriginalString.Split('/').Last());
        var reply = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == replyId));
        Assert.Equal((original.Id, original.FromAddress, original.ProspectId), (reply.InReplyToId!.Value, reply.ToAddress, reply.ProspectId));
        Assert.Equal(subject, reply.Subject);
        Assert.Contains("Votre réponse est enregistrée", (await client.GetDocumentAsync($"/messagerie/{replyId}")).Text());
        Assert.Contains($"/messagerie/{replyId}", (await client.GetDocumentAsync($"/messagerie/{original.Id}")).QuerySelector("#conversation")!.InnerHtml);
    }

    /// <summary>The mailbox lists the replies received with the messages sent: its table does not call itself « envoyés » nor its « De : » column « Destinataire ».</summary>
    [Fact]
    public async Task Mailbox_WithAReplyReceived_NamesItsTableAndColumnForBoth()
    {
        var client = await app.AsAsync("eleve6");
        var original = await ReceivedAsync("eleve6");
        var list = await client.GetDocumentAsync("/messagerie");

        Assert.Contains(list.QuerySelectorAll("tbody tr"), r => r.QuerySelector($"a[href='/messagerie/{original.Id}']") is not null);
        Assert.Equal("Messages envoyés et reçus", list.QuerySelector("table caption")!.TextContent.Trim());
        var headers = list.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Correspondant", headers);
        Assert.DoesNotContain("Destinataire", headers);
    }

    [Fact]
    public async Task Reply_AnotherStudentsMessage_404_AndATeacherOutsideTheClass_404()
    {
        var original = await ReceivedAsync("eleve7");
        var intruder = await app.AsAsync("eleve8");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/messagerie/{original.Id}/repondre")).StatusCode);
        var forged = await intruder.PostFormAsync("/messagerie/nouveau", new()
        {
            ["OtherAddress"] = "quelqu.un@exemple.example",
            ["Subject"] = "Re : détourné",
            ["Body"] = "Texte",
            ["InReplyToId"] = $"{original.Id}",
        }, "/messagerie/nouveau");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.InReplyToId == original.Id && m.Subject == "Re : détourné")));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/messagerie/{original.Id}")).StatusCode);
        var teacherView = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/messagerie/{original.Id}");
        Assert.Null(teacherView.QuerySelector("#repondre-au-prospect"));
        var sent = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.WorkspaceId == original.WorkspaceId && m.Status != OutboxStatus.Received).Select(m => m.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve7")).GetAsync($"/messagerie/{sent}/repondre")).StatusCode);
    }

    [Theory]
    [InlineData("Votre offre", "Re\u00A0: Votre offre")]
    [InlineData("RE : Votre offre", "Re\u00A0: Votre offre")] // typo-fix: keep
    [InlineData("Re: re\u00A0: Votre offre", "Re\u00A0: Votre offre")]
    public void ReplySubject_OneReBeforeTheSubject(string subject, string expected) =>
        Assert.Equal(expected, MessagingService.ReplySubject(subject));
}
