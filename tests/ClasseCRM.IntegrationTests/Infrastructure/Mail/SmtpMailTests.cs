using System.Net;
using System.Net.Sockets;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace ClasseCRM.IntegrationTests.Infrastructure.Mail;

/// <summary>Smtp mode against a real SMTP server started in-process (netDumbster), with MailKit on the app's side.</summary>
public sealed class SmtpMailTests(SmtpMailTests.App app) : IClassFixture<SmtpMailTests.App>
{
    public sealed class App : TestApp
    {
        public App()
        {
            Port = FreePort();
            Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            RunJobServer = false;
            With("Mail:Mode", "Smtp");
            With("Mail:SmtpHost", "127.0.0.1");
            With("Mail:SmtpPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            With("Mail:SmtpSecurity", "None");
            With("Mail:MaxAttempts", "3");
            With("Mail:RetryBaseSeconds", "30");
            With("Mail:AllowedDomains:0", "client.example");
        }

        public int Port { get; }

        public FakeTimeProvider FakeClock => (FakeTimeProvider)Clock!;

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    /// <summary>In SMTP mode a student writes only to their prospect file: a contact of eleve9's file gets an address of the allowed domain.</summary>
    private Task<int> BuyerContactAsync() => app.WithDbAsync(async db =>
    {
        var workspaceId = await db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve9").Select(m => m.WorkspaceId).FirstAsync();
        var contact = await db.Contacts.Where(c => c.WorkspaceId == workspaceId && c.Email != null && !c.Prospect!.EmailOpposition).OrderBy(c => c.Id).FirstAsync();
        contact.Email = "acheteur@client.example";
        contact.RefreshKeys();
        await db.SaveChangesAsync();
        return contact.Id;
    });

    private async Task<int> SendAsync(string subject)
    {
        var client = await app.AsAsync("eleve9");
        var response = await client.PostFormAsync("/messagerie/nouveau", new()
        {
            ["ContactId"] = (await BuyerContactAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Subject"] = subject,
            ["Body"] = "Bonjour,\n\nVoici notre proposition détaillée, à étudier à votre rythme.\n\nÀ bientôt,",
        });
        response.AssertRedirectsTo("/messagerie/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private Task DeliverAsync(int id) => app.RunAsync<DeliverOutboxMessageJob>(job => job.RunAsync(id, CancellationToken.None));

    private static MimeMessage Parse(SmtpMessage received)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data));
        return MimeMessage.Load(stream);
    }

    [Fact]
    public async Task Deliver_SendsTheStoredMessageThroughSmtp()
    {
        using var server = SimpleSmtpServer.Start(app.Port);
        var id = await SendAsync("Proposition commerciale");

        await DeliverAsync(id);

        var received = Assert.Single(server.ReceivedEmail);
        var mime = Parse(received);
        var stored = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.Equal("acheteur@client.example", Assert.Single(received.ToAddresses).Address);
        Assert.Equal("Proposition commerciale", mime.Subject);
        Assert.Contains("Voici notre proposition détaillée, à étudier à votre rythme.", mime.TextBody);
        Assert.Contains("répondez simplement « STOP »", mime.TextBody);
        Assert.Equal(stored.MessageId, mime.MessageId);
        Assert.Equal("Smtp", mime.Headers["X-ClasseCRM-Mode"]);
        Assert.Contains("ClasseCRM", mime.From.Mailboxes.Single().Name);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.NotNull(stored.DeliveredAtUtc);

        // Running the job again sends nothing more.
        await DeliverAsync(id);
        Assert.Equal(1, server.ReceivedEmailCount);
    }

    [Fact]
    public async Task Deliver_ServerRefuses_RecordsReasonAndRetriesTheSameMessageLater()
    {
        var id = await SendAsync("Relance devis");

        // Nothing listens on the port: the connection is refused.
        await DeliverAsync(id);

        var failed = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Pending, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        // To the microsecond: PostgreSQL keeps no finer time.
        Assert.Equal(app.FakeClock.GetUtcNow().UtcDateTime.AddSeconds(30), failed.NextAttemptAtUtc!.Value, TimeSpan.FromMicroseconds(1));

        using var server = SimpleSmtpServer.Start(app.Port);
        await DeliverAsync(id);
        Assert.Equal(0, server.ReceivedEmailCount); // not due yet: the backoff is respected

        app.FakeClock.Advance(TimeSpan.FromSeconds(31));
        await app.RunAsync<DeliverPendingMailJob>(job => job.RunAsync(CancellationToken.None));

        var mime = Parse(Assert.Single(server.ReceivedEmail));
        Assert.Equal(failed.MessageId, mime.MessageId);
        var sent = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task Deliver_AfterLastAttempt_FailsForGoodAndAdminSeesIt()
    {
        var id = await SendAsync("Message sans serveur");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await DeliverAsync(id);
            app.FakeClock.Advance(TimeSpan.FromMinutes(5));
        }

        var failed = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.Null(failed.NextAttemptAtUtc);
        var admin = await (await app.AsAsync("admin")).GetDocumentAsync("/admin/messages");
        var row = admin.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Message sans serveur"));
        Assert.Contains("Échec", row.TextContent);
        Assert.Contains(failed.LastError!, row.TextContent);
    }

    [Fact]
    public async Task AdminTestMail_ArrivesAtTheSmtpServer()
    {
        using var server = SimpleSmtpServer.Start(app.Port);
        var admin = await app.AsAsync("admin");

        var response = await admin.PostFormAsync("/admin/parametres/test-courriel", new() { ["To"] = "technicien@lycee.example" }, formPage: "/admin/parametres");

        response.AssertRedirectsTo("/admin/messages");
        var id = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "technicien@lycee.example").Select(m => m.Id).SingleAsync());
        await DeliverAsync(id);
        var mime = Parse(Assert.Single(server.ReceivedEmail));
        Assert.Equal("ClasseCRM — message de test", mime.Subject);
        Assert.Contains("confirme que ClasseCRM peut envoyer des courriels", mime.TextBody);
    }
}
