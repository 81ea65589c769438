using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Mailing;

/// <summary>
/// The words of a mailing: a letter greets « Madame, » and closes formally without the name, the title agrees with the
/// civilité whatever the file holds, an e-mailing counts délivrés and rebonds (never NPAI or plis); other students see none of it.
/// </summary>
public sealed class MailingWordsTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private static async Task<int> CreateAsync(HttpClient client, string name, string channel)
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
            ["TargetStatus"] = "Suspect",
        });
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Letter_ToAMadameStoredAsGerant_GreetsMadame_ClosesWithoutTheName_AndMergesGerante()
    {
        var client = await app.AsAsync("eleve7");
        var id = await CreateAsync(client, "Courrier gérantes", "Mail");
        // The first target's addressee becomes a Madame whose title was stored in the masculine (an old file, an import).
        var (prospectId, lastName) = await app.WithDbAsync(async db =>
        {
            var ids = await db.OperationTargets.Where(t => t.OperationId == id && !t.Excluded).OrderBy(t => t.Position).Select(t => t.ProspectId).ToListAsync();
            var candidates = await db.Prospects.Include(p => p.Contacts).Where(p => ids.Contains(p.Id) && p.Contacts.Count > 0 && p.Street != null).ToListAsync();
            var target = candidates.OrderBy(p => ids.IndexOf(p.Id)).First();
            var person = target.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).First();
            person.Civility = Civility.Madame;
            person.JobTitle = "Gérant";
            await db.SaveChangesAsync();
            return (target.Id, person.LastName);
        });

        var preview = (await client.GetDocumentAsync($"/operations/{id}/publipostage?apercu={prospectId}")).QuerySelector("#apercu-texte .text-prewrap")!.TextContent;
        Assert.StartsWith("Madame,", preview.TrimStart());
        Assert.Contains("Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.", preview);
        Assert.DoesNotContain($"Madame {lastName}", preview);

        (await client.PostFormAsync($"/operations/{id}/publipostage/modele",
                new() { ["Subject"] = "Pour {raison sociale}", ["Body"] = "{civilité},\n\nÀ l'attention de la {fonction}.\n\n{signature}" }, $"/operations/{id}/publipostage"))
            .AssertRedirectsTo($"/operations/{id}/publipostage");
        var merged = (await client.GetDocumentAsync($"/operations/{id}/publipostage?apercu={prospectId}")).QuerySelector("#apercu-texte .text-prewrap")!.TextContent;
        Assert.Contains("À l'attention de la Gérante.", merged);
        Assert.Contains("— Gérante", (await client.GetDocumentAsync($"/prospects/{prospectId}")).QuerySelector("main")!.TextContent);

        var other = await app.AsAsync("eleve13");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/operations/{id}/publipostage?apercu={prospectId}")).StatusCode);
    }

    [Fact]
    public async Task Emailing_Results_SayDelivresAndRebonds_NeverNpaiOrPlis()
    {
        var client = await app.AsAsync("eleve8");
        var id = await CreateAsync(client, "E-mailing rebonds", "Email");
        var preview = (await client.GetDocumentAsync($"/operations/{id}/publipostage")).QuerySelector("textarea[name=Body]")!.TextContent;
        Assert.StartsWith("Bonjour {civilité} {nom},", preview);
        Assert.Contains("Cordialement,", preview);
        (await client.PostFormAsync($"/operations/{id}/publipostage/envoyer", [], $"/operations/{id}/publipostage")).AssertRedirectsTo($"/operations/{id}/publipostage");
        var sent = await app.WithDbAsync(db => db.MailingSends.Where(s => s.OperationId == id).OrderBy(s => s.Id).Select(s => s.ProspectId).ToListAsync());
        Assert.True(sent.Count >= 2);
        (await client.PostFormAsync($"/operations/{id}/publipostage/{sent[0]}/retour", new() { ["Result"] = "ReturnedUndeliverable" }, $"/operations/{id}/publipostage"))
            .AssertRedirectsTo($"/operations/{id}/publipostage");

        var results = await client.GetDocumentAsync($"/operations/{id}/resultats");
        var funnel = results.QuerySelectorAll("#entonnoir tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal(sent.Count.ToString(), funnel["E-mails envoyés"]);
        Assert.Equal("1", funnel["Rebonds (adresses invalides)"]);
        Assert.Equal((sent.Count - 1).ToString(), funnel["E-mails délivrés (envoyés − rebonds)"]);
        var text = results.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("NPAI", text);
        Assert.DoesNotContain("plis", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("réponses", (await client.GetDocumentAsync($"/operations/{id}")).QuerySelector("main")!.TextContent);

        var page = await client.GetDocumentAsync($"/operations/{id}/publipostage");
        Assert.Contains("1 rebond", page.QuerySelector("#compteurs")!.TextContent);
        var note = await app.WithDbAsync(db => db.ProspectNotes.Where(n => n.ProspectId == sent[0]).OrderByDescending(n => n.Id).Select(n => n.Text).FirstAsync());
        Assert.StartsWith("Rebond (E-mailing rebonds)", note);

        var other = await app.AsAsync("eleve13");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/operations/{id}/resultats")).StatusCode);
    }
}
