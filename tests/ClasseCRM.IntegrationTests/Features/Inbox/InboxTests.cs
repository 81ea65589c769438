using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ClasseCRM.IntegrationTests.Features.Orders;
using ClasseCRM.IntegrationTests.Features.Syntheses;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Inbox;

/// <summary>
/// /a-traiter: the teacher's own active classes only (eleve1–12 are prof.martin's, eleve13–24 prof.durand's), the three
/// kinds of work waiting, oldest first, and the header's counter that matches the lines.
/// </summary>
public sealed class InboxTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    /// <summary>A message written by the student to a contact of their file, delivered into the class mailbox (Sandbox).</summary>
    private async Task<int> SendAsync(string student, string subject)
    {
        var ws = await app.WorkspaceOfAsync(student);
        var contact = await app.WithDbAsync(db => db.Contacts.Where(c => c.WorkspaceId == ws && c.Email != null && !c.Prospect!.EmailOpposition).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var response = await (await app.AsAsync(student)).PostFormAsync("/messagerie/nouveau", new()
        {
            ["ContactId"] = contact.ToString(CultureInfo.InvariantCulture),
            ["Subject"] = subject,
            ["Body"] = "Bonjour,\n\nJe vous propose un rendez-vous mardi à 10 h.\n\nCordialement,",
        });
        response.AssertRedirectsTo("/messagerie/");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        await app.RunAsync<DeliverOutboxMessageJob>(job => job.RunAsync(id, CancellationToken.None));
        return id;
    }

    private async Task<int> HandInAsync(string student, string title)
    {
        var client = await app.AsAsync(student);
        var (_, id) = await SynthesisTests.PrepareAsync(client, title);
        await SynthesisTests.HandInAsync(client, id);
        return id;
    }

    private async Task<IDocument> InboxAsync(string teacher) => await (await app.AsAsync(teacher)).GetDocumentAsync("/a-traiter");

    private static IElement? Row(IDocument page, string table, string href) => page.QuerySelector($"#{table} a[href='{href}']")?.Closest("tr");

    private static int Counter(IDocument page) =>
        page.QuerySelector("#compteur-a-traiter-nombre") is { } badge ? int.Parse(badge.TextContent.Split(' ', '\u00A0')[0], CultureInfo.InvariantCulture) : 0;

    private static int Lines(IDocument page) => page.QuerySelectorAll("#documents tbody tr, #accords tbody tr, #messages tbody tr").Length;

    [Fact]
    public async Task Index_ListsTheThreeKinds_OnlyForTheTeachersOwnClasses()
    {
        // prof.durand's class has a deadline already past: its document comes « en retard ».
        var durandClass = await app.ClassOfAsync("prof.durand");
        await app.WithDbAsync(db => db.Classes.Where(c => c.Id == durandClass).ExecuteUpdateAsync(u => u.SetProperty(c => c.SynthesisDueAtUtc, new DateTime(2026, 11, 20, 17, 0, 0, DateTimeKind.Utc))));
        var durand = (Order: await ApprovalRequests.AskAsync(app, "eleve13", "Remise pour 3 copieurs ?"), Document: await HandInAsync("eleve13", "Compte rendu d'eleve13"), Message: await SendAsync("eleve13", "Rendez-vous proposé par eleve13"));
        var martin = (Order: await ApprovalRequests.AskAsync(app, "eleve3"), Document: await HandInAsync("eleve3", "Compte rendu d'eleve3"), Message: await SendAsync("eleve3", "Rendez-vous proposé par eleve3"));

        var durandPage = await InboxAsync("prof.durand");
        var martinPage = await InboxAsync("prof.martin");

        var document = Row(durandPage, "documents", $"/syntheses/{durand.Document}")!;
        Assert.Contains("en retard", document.TextContent);
        Assert.Contains("24/11/2026", document.TextContent);
        var author = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "eleve13").Select(u => u.FirstName + " " + u.LastName).SingleAsync());
        Assert.Contains(author, document.Children[2].TextContent);   // in a binôme, whose document it is
        Assert.Contains("Remise pour 3 copieurs ?", Row(durandPage, "accords", $"/commandes/{durand.Order}")!.TextContent);
        Assert.Contains("Rendez-vous proposé par eleve13", Row(durandPage, "messages", $"/messagerie/{durand.Message}")!.TextContent);
        Assert.Null(Row(durandPage, "documents", $"/syntheses/{martin.Document}"));
        Assert.Null(Row(durandPage, "accords", $"/commandes/{martin.Order}"));
        Assert.Null(Row(durandPage, "messages", $"/messagerie/{martin.Message}"));

        Assert.DoesNotContain("en retard", Row(martinPage, "documents", $"/syntheses/{martin.Document}")!.TextContent);
        Assert.NotNull(Row(martinPage, "accords", $"/commandes/{martin.Order}"));
        Assert.NotNull(Row(martinPage, "messages", $"/messagerie/{martin.Message}"));
        Assert.Null(Row(martinPage, "documents", $"/syntheses/{durand.Document}"));
        Assert.Null(Row(martinPage, "accords", $"/commandes/{durand.Order}"));
        Assert.Null(Row(martinPage, "messages", $"/messagerie/{durand.Message}"));
    }

    [Fact]
    public async Task Index_AStudentOrTheAdmin_GetsNoInboxNorCounter()
    {
        var student = await app.AsAsync("eleve4");
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync("/a-traiter")).StatusCode);
        Assert.Null((await student.GetDocumentAsync("/prospects")).QuerySelector("#compteur-a-traiter"));
        var admin = await app.AsAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/a-traiter")).StatusCode);
        Assert.Null((await admin.GetDocumentAsync("/admin")).QuerySelector("#compteur-a-traiter"));
        Assert.Equal("/a-traiter", (await InboxAsync("prof.martin")).QuerySelector("#compteur-a-traiter")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Counter_MatchesTheLines_AndFollowsWhatIsDone()
    {
        await SendAsync("eleve7", "Relance de eleve7");
        var before = await InboxAsync("prof.martin");
        Assert.True(Lines(before) > 0);
        Assert.Equal(Lines(before), Counter(before));

        var order = await ApprovalRequests.AskAsync(app, "eleve8");
        var asked = await InboxAsync("prof.martin");
        Assert.Equal((Lines(before) + 1, Lines(before) + 1), (Lines(asked), Counter(asked)));

        // Answering a message as the prospect takes it off the list, and the counter with it.
        var message = asked.QuerySelector("#messages tbody tr a")!.GetAttribute("href")!;
        var teacher = await app.AsAsync("prof.martin");
        (await teacher.PostFormAsync($"{message}/reponse", new() { ["Body"] = "Mardi 10 h me convient.", ["Result"] = "AnswerAppointment" }, message)).AssertRedirectsTo("/messagerie/");
        var answered = await InboxAsync("prof.martin");
        Assert.Null(answered.QuerySelector($"#messages a[href='{message}']"));
        Assert.Equal((Lines(before), Lines(before)), (Lines(answered), Counter(answered)));
        Assert.NotNull(answered.QuerySelector($"#accords a[href='/commandes/{order}']"));
    }

    [Fact]
    public async Task Index_OldestFirstWithinAClass()
    {
        var page = await InboxAsync("prof.martin");
        var sent = page.QuerySelectorAll("#messages tbody tr").Select(r => DateTime.ParseExact(r.Children[5].TextContent.Trim(), "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)).ToList();
        Assert.True(sent.Count >= 2);
        Assert.Equal(sent.Order(), sent);
    }

    [Fact]
    public async Task Index_ArchivedClass_IsLeftOut()
    {
        var order = await ApprovalRequests.AskAsync(app, "eleve22");
        Assert.NotNull((await InboxAsync("prof.durand")).QuerySelector($"#accords a[href='/commandes/{order}']"));
        var durandClass = await app.ClassOfAsync("prof.durand");
        await app.WithDbAsync(db => db.Classes.Where(c => c.Id == durandClass).ExecuteUpdateAsync(u => u.SetProperty(c => c.IsArchived, true)));
        try
        {
            var page = await InboxAsync("prof.durand");
            Assert.Equal((0, 0), (Lines(page), Counter(page)));
            Assert.NotNull(page.QuerySelector("#accords-vide"));
            Assert.NotNull(page.QuerySelector("#documents-vide"));
        }
        finally
        {
            await app.WithDbAsync(db => db.Classes.Where(c => c.Id == durandClass).ExecuteUpdateAsync(u => u.SetProperty(c => c.IsArchived, false)));
        }
    }
}
