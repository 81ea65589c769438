using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ClasseCRM.IntegrationTests.Features.Mailing;

/// <summary>E-mailing and postal mailing: merge, preview, outbox, letters PDF, returns, the teacher answering as the prospect, access.</summary>
public sealed class MailingTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Template = "{civilité} {nom},\n\nVotre entreprise {raison sociale} à {ville} mérite mieux.\n\n{signature}";

    private static async Task<int> CreateAsync(HttpClient client, string name, string channel, string status)
    {
        var response = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = name,
            ["Channel"] = channel,
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-18",
            ["ObjectiveContacts"] = "4",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "0",
            ["TargetStatus"] = status,
        });
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static async Task SaveTemplateAsync(HttpClient client, int id, string subject = "Pour {raison sociale}", string body = Template) =>
        (await client.PostFormAsync($"/operations/{id}/publipostage/modele", new() { ["Subject"] = subject, ["Body"] = body }, $"/operations/{id}/publipostage"))
            .AssertRedirectsTo($"/operations/{id}/publipostage");

    /// <summary>The prospects kept in the operation's list, in the list's order, with their contacts.</summary>
    private Task<List<Prospect>> TargetsAsync(int operationId) => app.WithDbAsync(async db =>
        (await db.OperationTargets.Where(t => t.OperationId == operationId && !t.Excluded).OrderBy(t => t.Position)
            .Include(t => t.Prospect!).ThenInclude(p => p.Contacts).ToListAsync())
        .Select(t => t.Prospect!).ToList());

    /// <summary>The contact a mailing writes to: the decision-maker first, then the first contact entered.</summary>
    private static Contact? Addressee(Prospect p) => p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault();

    [Fact]
    public async Task Emailing_OneMessagePerRecipient_WithMergedFieldsFooterAndNoSecondSend()
    {
        var client = await app.AsAsync("eleve1");
        var id = await CreateAsync(client, "E-mailing suspects", "Email", "Suspect");
        await SaveTemplateAsync(client, id);
        var targets = await TargetsAsync(id);
        var reachable = targets.Where(p => (Addressee(p)?.Email ?? p.Email) is not null && !p.EmailOpposition).ToList();
        Assert.NotEmpty(reachable);
        var first = reachable[0];
        var person = Addressee(first)!;

        var preview = await client.GetDocumentAsync($"/operations/{id}/publipostage?apercu={first.Id}");
        var expectedGreeting = $"{(person.Civility == Civility.Madame ? "Madame" : "Monsieur")} {person.LastName},";
        Assert.Contains(expectedGreeting, preview.QuerySelector("#apercu-texte")!.TextContent);
        Assert.Contains($"Pour {first.Name}", preview.QuerySelector("#apercu-texte")!.TextContent);

        (await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");
        (await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");

        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.OperationId == id).ToListAsync());
        Assert.Equal(reachable.Count, messages.Count);
        Assert.Equal(reachable.Count, await app.WithDbAsync(db => db.MailingSends.CountAsync(s => s.OperationId == id)));
        var mail = messages.Single(m => m.ProspectId == first.Id);
        Assert.Equal(person.Email, mail.ToAddress);
        Assert.Equal($"Pour {first.Name}", mail.Subject);
        Assert.StartsWith(expectedGreeting, mail.BodyText, StringComparison.Ordinal);
        Assert.Contains($"à {first.City} mérite mieux", mail.BodyText);
        var sender = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "eleve1").Select(u => u.FirstName + " " + u.LastName).SingleAsync());
        Assert.Contains($"{sender}\n", mail.BodyText);  // {signature} and the footer name the sender
        Assert.Contains("répondez simplement « STOP »", mail.BodyText);
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        var note = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == first.Id).OrderByDescending(n => n.Id).Select(n => n.Text).FirstAsync());
        Assert.Contains("E-mail envoyé (E-mailing suspects)", note);
    }

    [Fact]
    public async Task Emailing_ObjectionRecordedAfterThePlan_StillBlocksTheSend()
    {
        var client = await app.AsAsync("eleve2");
        var id = await CreateAsync(client, "E-mailing prospects", "Email", "Prospect");
        var blocked = await app.WithDbAsync(async db =>
        {
            var target = await db.OperationTargets.Where(t => t.OperationId == id && !t.Excluded).OrderBy(t => t.Position).Select(t => t.Prospect!).FirstAsync();
            target.EmailOpposition = true;
            await db.SaveChangesAsync();
            return target.Id;
        });

        (await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");

        Assert.False(await app.WithDbAsync(db => db.MailingSends.AnyAsync(s => s.ProspectId == blocked && s.OperationId == id)));
        var page = await client.GetDocumentAsync($"/operations/{id}/publipostage");
        Assert.Contains("Écarté : Opposition aux e-mails enregistrée.", page.QuerySelector($"#p{blocked}")!.TextContent);
    }

    [Fact]
    public async Task Template_UnknownFieldOrTooLongLetter_FrenchMessageAndTypedTextKept()
    {
        var client = await app.AsAsync("eleve3");
        var id = await CreateAsync(client, "Courrier clients", "Mail", "Prospect");

        var response = await client.PostFormAsync($"/operations/{id}/publipostage/modele", new() { ["Subject"] = "Bonjour", ["Body"] = "Bonjour {adresse} !" }, $"/operations/{id}/publipostage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Le champ de fusion {adresse} n'existe pas.", page.Text());
        Assert.Equal("Bonjour {adresse} !", page.QuerySelector("textarea[name=Body]")!.TextContent);

        var tooLong = string.Join("\n", Enumerable.Repeat("Une ligne de plus.", 40));
        var second = await client.PostFormAsync($"/operations/{id}/publipostage/modele", new() { ["Subject"] = "Bonjour", ["Body"] = tooLong }, $"/operations/{id}/publipostage");
        Assert.Contains("Le courrier doit tenir sur une page : 40 lignes pour 32 au plus.", await second.TextAsync());
        Assert.Null(await app.WithDbAsync(db => db.Operations.Where(o => o.Id == id).Select(o => o.MailBody).FirstAsync()));
    }

    [Fact]
    public async Task LettersPdf_OnePagePerRecipient_AddressBlockMergedTextAndMentions()
    {
        var client = await app.AsAsync("eleve4");
        var id = await CreateAsync(client, "Courrier prospects", "Mail", "Prospect");
        await SaveTemplateAsync(client, id, "Nos nouveautés");
        var recipients = await TargetsAsync(id);
        var printable = recipients.Where(p => !p.MailOpposition && p.Street != "" && p.PostalCode != "").ToList();
        var company = await app.WithDbAsync(db => db.Workspaces.Where(w => w.Id == printable[0].WorkspaceId).Select(w => w.Scenario!).FirstAsync());

        var response = await client.GetAsync($"/operations/{id}/publipostage/lettres.pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(printable.Count, pdf.NumberOfPages);
        // PDFsharp places word by word: read the words back and join them with single spaces.
        var text = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
        var p = printable[0];
        var person = Addressee(p)!;
        Assert.Contains(p.Name, text);
        Assert.Contains($"{p.PostalCode} {p.City.ToUpperInvariant()}", text);
        Assert.Contains($"{person.LastName.ToUpperInvariant()}", text);
        Assert.Contains($"{(person.Civility == Civility.Madame ? "Madame" : "Monsieur")} {person.LastName},", text);
        Assert.Matches(@"Objet\s*:\s*Nos nouveautés", text); // the no-break space may come back as a word break
        Assert.Contains($"{company.City}, le 24 novembre 2026", text);
        Assert.Contains($"SIREN {company.Siren}", text);
        Assert.Contains("Vous pouvez vous opposer gratuitement à recevoir nos courriers", text);
    }

    [Fact]
    public async Task Returns_NpaiAndAnswers_FeedTheFunnelRatioAndTheProspect()
    {
        var client = await app.AsAsync("eleve5");
        var id = await CreateAsync(client, "Courrier retours", "Mail", "Suspect");
        (await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");
        var sent = await app.WithDbAsync(db => db.MailingSends.Where(s => s.OperationId == id).OrderBy(s => s.Id).Select(s => s.ProspectId).ToListAsync());
        Assert.True(sent.Count >= 4);

        async Task RecordAsync(int prospectId, string result) =>
            (await client.PostFormAsync($"/operations/{id}/publipostage/{prospectId}/retour", new() { ["Result"] = result, ["Note"] = "noté" }, $"/operations/{id}/publipostage"))
                .AssertRedirectsTo($"/operations/{id}/publipostage");
        await RecordAsync(sent[0], "ReturnedUndeliverable");
        await RecordAsync(sent[1], "AnswerNotInterested");
        await RecordAsync(sent[2], "AnswerAppointment");
        await RecordAsync(sent[3], "AnswerOrder");

        var results = await client.GetDocumentAsync($"/operations/{id}/resultats");
        var funnel = results.QuerySelectorAll("#entonnoir tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal(sent.Count.ToString(), funnel["Plis envoyés"]);
        Assert.Equal("1", funnel["NPAI (plis revenus)"]);
        Assert.Equal("3", funnel["Réponses"]);
        Assert.Equal("2", funnel["Réponses intéressées"]);
        Assert.Equal("1", funnel["Rendez-vous"]);
        Assert.Equal("1", funnel["Commandes annoncées en réponse"]);
        var ratio = results.QuerySelectorAll("#ratios tbody tr").Single(r => r.Children[0].TextContent == "Retour mailing (courrier)");
        Assert.Equal("réponses ÷ plis envoyés", ratio.Children[1].TextContent);
        Assert.Equal((Math.Round(300m / sent.Count, 1, MidpointRounding.AwayFromZero)).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + "\u202F%", ratio.Children[3].TextContent);

        var answered = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == sent[2]));
        Assert.Equal(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), answered.LastContactAtUtc);
        Assert.Equal(ProspectStatus.Prospect, answered.Status);
        var npai = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == sent[0]).OrderByDescending(n => n.Id).Select(n => n.Text).FirstAsync());
        Assert.Contains("NPAI", npai);
        Assert.NotEqual(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), (await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == sent[0]))).LastContactAtUtc);
    }

    [Fact]
    public async Task TeacherAnswersAsTheProspect_MailboxTimelineAndFiguresFollow_OnlyTheClassTeacher()
    {
        var student = await app.AsAsync("eleve6");
        var id = await CreateAsync(student, "E-mailing réponses", "Email", "Suspect");
        (await student.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");
        var message = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.OperationId == id).OrderBy(m => m.Id).FirstAsync());
        await app.RunAsync<DeliverOutboxMessageJob>(job => job.RunAsync(message.Id, CancellationToken.None));
        var teacher = await app.AsAsync("prof.martin");
        var otherTeacher = await app.AsAsync("prof.durand");

        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/messagerie/{message.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.PostFormAsync($"/messagerie/{message.Id}/reponse", new() { ["Body"] = "x" }, $"/messagerie/{message.Id}")).StatusCode);
        Assert.NotNull((await teacher.GetDocumentAsync($"/messagerie/{message.Id}")).QuerySelector("form[action$='/reponse']"));
        var empty = await teacher.PostFormAsync($"/messagerie/{message.Id}/reponse", new() { ["Body"] = "", ["Result"] = "AnswerAppointment" }, $"/messagerie/{message.Id}");
        Assert.Contains("Écrivez la réponse du prospect.", await empty.TextAsync());

        var response = await teacher.PostFormAsync($"/messagerie/{message.Id}/reponse",
            new() { ["Body"] = "Bonjour, passez mardi à 10 h.", ["Result"] = "AnswerAppointment" }, $"/messagerie/{message.Id}");

        response.AssertRedirectsTo("/messagerie/");
        var answer = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.InReplyToId == message.Id));
        Assert.Equal(OutboxStatus.Received, answer.Status);
        Assert.Equal(message.ToAddress, answer.FromAddress);
        Assert.Equal($"RE : {message.Subject}", answer.Subject); // typo-fix: keep
        var inbox = await student.GetDocumentAsync("/messagerie");
        Assert.Contains($"De : {answer.FromName}", inbox.Text());
        Assert.Contains("Bonjour, passez mardi à 10 h.", (await student.GetDocumentAsync($"/messagerie/{answer.Id}")).QuerySelector("#corps")!.TextContent);
        var send = await app.WithDbAsync(db => db.MailingSends.Include(s => s.Prospect).SingleAsync(s => s.OutboxMessageId == message.Id));
        Assert.Equal(MailingResult.AnswerAppointment, send.Result);
        Assert.Equal(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), send.Prospect!.LastContactAtUtc);
        var note = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == send.ProspectId).OrderByDescending(n => n.Id).FirstAsync());
        Assert.Contains("passez mardi", note.Text);
        Assert.Contains("réponse jouée par", note.AuthorName);
        var results = await student.GetDocumentAsync($"/operations/{id}/resultats");
        Assert.Equal("1", results.QuerySelectorAll("#entonnoir tbody tr").Single(r => r.Children[0].TextContent == "Réponses").Children[1].TextContent);
        // A received answer is never answered again as the prospect, nor delivered by SMTP.
        Assert.Null((await teacher.GetDocumentAsync($"/messagerie/{answer.Id}")).QuerySelector("form[action$='/reponse']"));
    }

    [Fact]
    public async Task Access_OtherStudentAndTeacher404_ClassTeacherReadsButCannotSend()
    {
        var owner = await app.AsAsync("eleve7");
        var id = await CreateAsync(owner, "Courrier privé", "Mail", "Prospect");
        var intruder = await app.AsAsync("eleve8");
        var teacher = await app.AsAsync("prof.martin");
        var otherTeacher = await app.AsAsync("prof.durand");
        var prospectId = await app.WithDbAsync(db => db.OperationTargets.Where(t => t.OperationId == id).Select(t => t.ProspectId).FirstAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}/publipostage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/operations/{id}/publipostage/lettres.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], "/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/operations/{id}/publipostage/{prospectId}/retour", new() { ["Result"] = "AnswerOrder" }, "/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/operations/{id}/publipostage")).StatusCode);
        var read = await teacher.GetDocumentAsync($"/operations/{id}/publipostage");
        Assert.Contains("Courrier privé", read.Text());
        Assert.Null(read.QuerySelector("form[action$='/envoyer']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], "/classes")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.MailingSends.CountAsync(s => s.OperationId == id)));
    }
}
