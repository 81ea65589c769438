using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;

namespace ClasseCRM.IntegrationTests.Infrastructure.Mail;

/// <summary>
/// SMTP mode with minors: a student writes only to their own prospect file, to the allowed domains, within the daily
/// cap (Europe/Paris days), mailings included; the class's teacher sees every message. Real SMTP server in-process.
/// </summary>
public sealed class SmtpSafeguardTests(SmtpSafeguardTests.App app) : IClassFixture<SmtpSafeguardTests.App>
{
    public sealed class App : TestApp
    {
        public App()
        {
            Port = FreePort();
            // Tuesday 24/11/2026 at 23:30 in Paris (22:30 UTC): one hour later it is the next day in Paris, not in UTC.
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 22, 30, 0, TimeSpan.Zero));
            RunJobServer = false;
            With("Mail:Mode", "Smtp");
            With("Mail:SmtpHost", "127.0.0.1");
            With("Mail:SmtpPort", Port.ToString(CultureInfo.InvariantCulture));
            With("Mail:SmtpSecurity", "None");
            With("Mail:AllowedDomains:0", "entreprise-autorisee.fr");
            With("Mail:AllowedDomains:1", "*.ac-rennes.fr");
            With("Mail:DailyCapPerStudent", "3");
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

    private const string Body = "Bonjour,\n\nJe vous propose un rendez-vous pour vous présenter notre offre.\n\nCordialement,";

    /// <summary>Gives a contact of the student's own file (the n-th with an e-mail, no opposition) this address.</summary>
    private Task<int> OwnContactAsync(string student, string email, int n = 0) => app.WithDbAsync(async db =>
    {
        var workspaceId = await db.WorkspaceMembers.Where(m => m.Student!.UserName == student).Select(m => m.WorkspaceId).FirstAsync();
        var contact = await db.Contacts.Where(c => c.WorkspaceId == workspaceId && c.Email != null && !c.Prospect!.EmailOpposition)
            .OrderBy(c => c.Id).Skip(n).FirstAsync();
        contact.Email = email;
        contact.RefreshKeys();
        await db.SaveChangesAsync();
        return contact.Id;
    });

    private static Task<HttpResponseMessage> ComposeAsync(HttpClient client, string subject, int? contactId = null, string? otherAddress = null)
    {
        var fields = new Dictionary<string, string> { ["Subject"] = subject, ["Body"] = Body };
        if (contactId is { } id)
        {
            fields["ContactId"] = id.ToString(CultureInfo.InvariantCulture);
        }
        if (otherAddress is not null)
        {
            fields["OtherAddress"] = otherAddress;
        }
        return client.PostFormAsync("/messagerie/nouveau", fields);
    }

    private Task<int> CountAsync(string subject) => app.WithDbAsync(db => db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => m.Subject == subject));

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        return page.QuerySelector("#erreurs")?.TextContent ?? "";
    }

    [Fact]
    public async Task FreeAddress_IsRefusedWithAFrenchMessage_AndTheFieldIsHidden()
    {
        var client = await app.AsAsync("eleve1");

        var form = await client.GetDocumentAsync("/messagerie/nouveau");
        Assert.Null(form.QuerySelector("input[name=OtherAddress]"));
        var response = await ComposeAsync(client, "Adresse libre", otherAddress: "quelquun@entreprise-autorisee.fr");

        Assert.Contains("choisissez un interlocuteur de votre fichier prospects, pas une autre adresse", await ErrorsAsync(response));
        Assert.Equal(0, await CountAsync("Adresse libre"));
    }

    [Fact]
    public async Task ContactOfAnotherWorkspace_IsRefused_NothingQueued()
    {
        var strangerContact = await OwnContactAsync("eleve11", "voisin@entreprise-autorisee.fr");
        var client = await app.AsAsync("eleve2");

        var response = await ComposeAsync(client, "Prospect d'un autre", strangerContact);

        Assert.Contains("n'existe pas dans votre fichier", await ErrorsAsync(response));
        Assert.Equal(0, await CountAsync("Prospect d'un autre"));
    }

    [Fact]
    public async Task OwnProspectOnAnAllowedDomain_IsAcceptedAndDelivered()
    {
        using var server = SimpleSmtpServer.Start(app.Port);
        var contact = await OwnContactAsync("eleve3", "Acheteur@Lycee-Pro.AC-Rennes.fr");
        var client = await app.AsAsync("eleve3");

        var response = await ComposeAsync(client, "Rendez-vous autorisé", contact);

        response.AssertRedirectsTo("/messagerie/");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        await app.RunAsync<DeliverOutboxMessageJob>(job => job.RunAsync(id, CancellationToken.None));
        var received = Assert.Single(server.ReceivedEmail);
        Assert.Equal("acheteur@lycee-pro.ac-rennes.fr", Assert.Single(received.ToAddresses).Address.ToLowerInvariant());
        Assert.Equal(OutboxStatus.Sent, await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task OwnProspectOnADomainNotAllowed_IsRefused()
    {
        // "*.ac-rennes.fr" allows the sub-domains only, and "entreprise-autorisee.fr" nothing under another name.
        var bare = await OwnContactAsync("eleve4", "direction@ac-rennes.fr");
        var other = await OwnContactAsync("eleve4", "achats@entreprise-interdite.fr", 1);
        var client = await app.AsAsync("eleve4");

        var first = await ComposeAsync(client, "Domaine interdit", bare);
        var second = await ComposeAsync(client, "Domaine interdit", other);

        Assert.Contains("Le domaine de l'adresse direction@ac-rennes.fr n'est pas autorisé par l'administrateur", await ErrorsAsync(first));
        Assert.Contains("entreprise-interdite.fr n'est pas autorisé", await ErrorsAsync(second));
        Assert.Equal(0, await CountAsync("Domaine interdit"));
    }

    [Fact]
    public async Task DailyCap_Reached_IsRefused_ThenResetsTheNextParisDay()
    {
        var contact = await OwnContactAsync("eleve5", "client@entreprise-autorisee.fr");
        var client = await app.AsAsync("eleve5");
        for (var i = 1; i <= 3; i++)
        {
            (await ComposeAsync(client, $"Quota {i}", contact)).AssertRedirectsTo("/messagerie/");
        }

        var over = await ComposeAsync(client, "Quota 4", contact);

        Assert.Contains("Limite atteinte : 3 courriels par jour et par élève (déjà 3 aujourd'hui)", await ErrorsAsync(over));
        Assert.Equal(0, await CountAsync("Quota 4"));

        // 00:30 in Paris the next day, still the same day in UTC: the count starts again.
        app.FakeClock.Advance(TimeSpan.FromHours(1));
        (await ComposeAsync(client, "Quota 4", contact)).AssertRedirectsTo("/messagerie/");
        Assert.Equal(1, await CountAsync("Quota 4"));
    }

    [Fact]
    public async Task DailyCap_HoldsAgainstTwoSendsAtOnce_TheSecondWaitsThenCountsTheFirst()
    {
        List<string> addresses = ["un@entreprise-autorisee.fr", "deux@entreprise-autorisee.fr", "trois@entreprise-autorisee.fr"];
        for (var i = 0; i < addresses.Count; i++)
        {
            await OwnContactAsync("eleve12", addresses[i], i);
        }
        var (userId, workspaceId) = await app.WithDbAsync(async db => await db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve12")
            .Select(m => new Tuple<string, int>(m.StudentId, m.WorkspaceId)).FirstAsync());
        // Two requests of the same student, as the access middleware would set them up.
        app.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext();
        AsyncServiceScope Request()
        {
            var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AccessScope>().Load(new AccessScopeData(
                userId, Roles.Student, null, [workspaceId], [workspaceId], [], [], [], workspaceId));
            return scope;
        }

        var first = Request();
        var firstGuard = first.ServiceProvider.GetRequiredService<StudentMailGuard>();
        Assert.Null(await firstGuard.CheckAsync(workspaceId, addresses, CancellationToken.None));

        await using var second = Request();
        var secondCheck = second.ServiceProvider.GetRequiredService<StudentMailGuard>().CheckAsync(workspaceId, [addresses[0]], CancellationToken.None);
        Assert.NotSame(secondCheck, await Task.WhenAny(secondCheck, Task.Delay(300)));   // waits while the first send is in progress

        var outbox = first.ServiceProvider.GetRequiredService<Outbox>();
        foreach (var address in addresses)
        {
            outbox.Add(new OutboxDraft(workspaceId, userId, "Élève 12", address, "Client", "Envoi simultané", Body));
        }
        await first.ServiceProvider.GetRequiredService<ClasseCRM.Web.Data.AppDbContext>().SaveChangesAsync();
        await first.DisposeAsync();
        var refusal = await secondCheck;
        app.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = null;

        Assert.Contains("Limite atteinte : 3 courriels par jour et par élève (déjà 3 aujourd'hui)", refusal);
        Assert.Equal(3, await CountAsync("Envoi simultané"));
    }

    private static async Task<int> EmailingAsync(HttpClient client, string name)
    {
        var response = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = name,
            ["Channel"] = "Email",
            ["StartDate"] = "2026-11-25",
            ["EndDate"] = "2026-12-18",
            ["ObjectiveContacts"] = "4",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "0",
            ["TargetStatus"] = "Suspect",
        });
        response.AssertRedirectsTo("/operations/");
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        (await client.PostFormAsync($"/operations/{id}/publipostage/modele", new() { ["Subject"] = name + " pour {raison sociale}", ["Body"] = "{civilité} {nom},\n\nNotre offre.\n\n{signature}" }, $"/operations/{id}/publipostage"))
            .AssertRedirectsTo($"/operations/{id}/publipostage");
        return id;
    }

    /// <summary>Gives every addressee of the operation an address: the first <paramref name="allowed"/> on an allowed domain, the others not.</summary>
    private Task<List<string>> AddressTargetsAsync(int operationId, int allowed) => app.WithDbAsync(async db =>
    {
        var targets = (await db.OperationTargets.Where(t => t.OperationId == operationId && !t.Excluded).OrderBy(t => t.Position)
            .Include(t => t.Prospect!).ThenInclude(p => p.Contacts).ToListAsync())
            .Select(t => t.Prospect!).Where(p => !p.HasOpposition).ToList();
        var addresses = new List<string>();
        for (var i = 0; i < targets.Count; i++)
        {
            var p = targets[i];
            var address = i < allowed ? $"client{i}@entreprise-autorisee.fr" : $"client{i}@ailleurs.example";
            if (p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault() is { } contact)
            {
                contact.Email = address;
            }
            else
            {
                p.Email = address;
            }
            p.RefreshSearchFields();
            addresses.Add(address);
        }
        await db.SaveChangesAsync();
        return addresses;
    });

    [Fact]
    public async Task Mailing_SendsOnlyToAllowedDomains()
    {
        var client = await app.AsAsync("eleve6");
        var id = await EmailingAsync(client, "E-mailing domaines");
        var addresses = await AddressTargetsAsync(id, allowed: 2);
        Assert.True(addresses.Count > 2);

        var page = await client.GetDocumentAsync($"/operations/{id}/publipostage");
        Assert.Contains("ailleurs.example n'est pas autorisé", page.Body!.TextContent);
        (await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");

        var sent = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.OperationId == id).Select(m => m.ToAddress).ToListAsync());
        Assert.NotEmpty(sent);
        Assert.All(sent, a => Assert.Contains(a, addresses.Take(2)));
        Assert.DoesNotContain(await app.WithDbAsync(db => db.MailingSends.Where(s => s.OperationId == id).Select(s => s.Address).ToListAsync()), a => a.EndsWith("@ailleurs.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mailing_OverTheDailyCap_IsRefused_NothingQueued()
    {
        var client = await app.AsAsync("eleve7");
        var id = await EmailingAsync(client, "E-mailing quota");
        var addresses = await AddressTargetsAsync(id, allowed: 100);
        Assert.True(addresses.Count > 3);

        var response = await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage");

        response.AssertRedirectsTo($"/operations/{id}/publipostage");
        var page = await client.GetDocumentAsync($"/operations/{id}/publipostage");
        Assert.Contains("courriels mais il ne vous en reste que 3 aujourd'hui (limite : 3 par jour et par élève). Rien n'est parti.", page.Body!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.OperationId == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.MailingSends.CountAsync(s => s.OperationId == id)));
    }

    [Fact]
    public async Task ClassMail_TeacherOfTheClassSeesIt_OtherTeacher404_Student403()
    {
        var contact = await OwnContactAsync("eleve8", "suivi@entreprise-autorisee.fr");
        var student = await app.AsAsync("eleve8");
        (await ComposeAsync(student, "Message vu par le professeur", contact)).AssertRedirectsTo("/messagerie/");
        var classId = await app.ClassOfAsync("prof.martin");
        var name = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "eleve8").Select(u => u.FirstName + " " + u.LastName).SingleAsync());

        var page = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/classes/{classId}/courriels");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Message vu par le professeur"));
        Assert.Contains(name, row.TextContent);
        Assert.Contains("suivi@entreprise-autorisee.fr", row.TextContent);
        Assert.Contains("En attente", row.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/classes/{classId}/courriels")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/classes/{classId}/courriels")).StatusCode);
    }

    [Fact]
    public async Task AdminSettings_ShowTheAllowedDomainsAndTheCap_WithTheirExplanation()
    {
        var page = await (await app.AsAsync("admin")).GetDocumentAsync("/admin/parametres");

        var text = page.Body!.TextContent;
        Assert.Contains("Protections des élèves en mode SMTP", text);
        Assert.Contains("une liste vide n'autorise aucune vraie adresse", text);
        Assert.Equal(["entreprise-autorisee.fr", "*.ac-rennes.fr"], page.QuerySelectorAll("dd ul.list-unstyled code").Select(c => c.TextContent).ToList());
        Assert.Contains("Courriels par jour et par élève", text);
    }
}
