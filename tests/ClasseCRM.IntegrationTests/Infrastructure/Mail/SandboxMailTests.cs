using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Infrastructure.Mail;

/// <summary>Sandbox mode (the default): mail goes through the outbox and stays in the class mailbox.</summary>
public sealed class SandboxMailTests(SandboxMailTests.App app) : IClassFixture<SandboxMailTests.App>
{
    public sealed class App : TestApp
    {
        public App()
        {
            RunJobServer = false;
            // The SMTP safeguards must not touch Sandbox mode: no domain allowed and a cap of 1 change nothing here.
            With("Mail:DailyCapPerStudent", "1");
        }
    }

    private async Task<int> SendAsync(string student, string subject)
    {
        var client = await app.AsAsync(student);
        var form = await client.GetDocumentAsync("/messagerie/nouveau");
        var contactId = form.QuerySelectorAll("select[name=ContactId] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var response = await client.PostFormAsync("/messagerie/nouveau", new()
        {
            ["ContactId"] = contactId,
            ["Subject"] = subject,
            ["Body"] = "Madame, Monsieur,\n\nJe souhaiterais vous présenter notre offre.\n\nCordialement,",
        });
        response.AssertRedirectsTo("/messagerie/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Send_StoresInOutbox_ThenJobKeepsItInClassMailbox()
    {
        var id = await SendAsync("eleve2", "Présentation de nos copieurs");
        var pending = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Pending, pending.Status);
        Assert.Equal(await app.WorkspaceOfAsync("eleve2"), pending.WorkspaceId);
        Assert.Contains("répondez simplement « STOP »", pending.BodyText);
        Assert.EndsWith(".example", pending.ToAddress);

        await app.RunAsync<DeliverOutboxMessageJob>(job => job.RunAsync(id, CancellationToken.None));
        await app.RunAsync<DeliverOutboxMessageJob>(job => job.RunAsync(id, CancellationToken.None));

        var delivered = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Sandboxed, delivered.Status);
        Assert.Equal(1, delivered.Attempts);
        var page = await (await app.AsAsync("eleve2")).GetDocumentAsync($"/messagerie/{id}");
        Assert.Contains("Présentation de nos copieurs", page.Text());
        Assert.Contains("Distribué (bac à sable)", page.Text());
    }

    [Fact]
    public async Task ClassTeacher_ReadsIt_OtherStudentAndOtherTeacherGet404()
    {
        var id = await SendAsync("eleve3", "Demande de rendez-vous");

        var teacherList = await (await app.AsAsync("prof.martin")).GetDocumentAsync("/messagerie");
        Assert.Contains("Demande de rendez-vous", teacherList.Text());
        Assert.Equal(HttpStatusCode.OK, (await (await app.AsAsync("prof.martin")).GetAsync($"/messagerie/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve4")).GetAsync($"/messagerie/{id}")).StatusCode);
        Assert.DoesNotContain("Demande de rendez-vous", (await (await app.AsAsync("eleve4")).GetDocumentAsync("/messagerie")).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/messagerie/{id}")).StatusCode);
    }

    [Fact]
    public async Task Compose_NoRecipient_FrenchMessageKeepsText_NothingStored()
    {
        var client = await app.AsAsync("eleve5");
        var before = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());

        var response = await client.PostFormAsync("/messagerie/nouveau", new() { ["Subject"] = "Sans destinataire", ["Body"] = "Texte gardé" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Choisissez un destinataire ou saisissez une adresse e-mail.", page.Text());
        Assert.Equal("Sans destinataire", page.QuerySelector("input[name=Subject]")!.GetAttribute("value"));
        Assert.Equal("Texte gardé", page.QuerySelector("textarea[name=Body]")!.TextContent.Trim());
        Assert.Equal(before, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Compose_ContactOfAnotherWorkspace_IsRefused()
    {
        var client = await app.AsAsync("eleve6");
        var otherWorkspace = await app.WorkspaceOfAsync("eleve7");
        var foreignContact = await app.WithDbAsync(db => db.Contacts.Where(c => c.WorkspaceId == otherWorkspace && c.Email != null).Select(c => c.Id).FirstAsync());

        var response = await client.PostFormAsync("/messagerie/nouveau", new() { ["ContactId"] = foreignContact.ToString(), ["Subject"] = "Vol", ["Body"] = "x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce destinataire n'existe pas dans votre fichier", await response.TextAsync());
    }

    [Fact]
    public async Task Sweep_DeliversMessagesNoJobDelivered()
    {
        var id = await SendAsync("eleve8", "Relance oubliée");

        await app.RunAsync<DeliverPendingMailJob>(job => job.RunAsync(CancellationToken.None));

        Assert.Equal(OutboxStatus.Sandboxed, await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task SandboxMode_FreeAddressesAndNoCap_AsBefore()
    {
        var client = await app.AsAsync("eleve10");
        var form = await client.GetDocumentAsync("/messagerie/nouveau");
        Assert.NotNull(form.QuerySelector("input[name=OtherAddress]"));

        for (var i = 1; i <= 3; i++)
        {
            var response = await client.PostFormAsync("/messagerie/nouveau", new()
            {
                ["OtherAddress"] = $"personne{i}@nimporte-ou.example",
                ["Subject"] = $"Bac à sable {i}",
                ["Body"] = "Bonjour,\n\nUn message d'entraînement.\n\nCordialement,",
            });
            response.AssertRedirectsTo("/messagerie/");
        }

        Assert.Equal(3, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Bac à sable "))));
    }
}
