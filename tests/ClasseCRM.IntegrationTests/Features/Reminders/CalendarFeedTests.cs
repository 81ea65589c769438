using System.Net;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Features.Reminders;

/// <summary>
/// The calendar feed read as Thunderbird reads it (its own VTIMEZONE rules), and every absolute address the app hands
/// out — feed, feed links, sign-in slips — built from App:PublicBaseUrl whatever Host header the request carries.
/// </summary>
public sealed class CalendarFeedTests(CalendarFeedTests.App app) : IClassFixture<CalendarFeedTests.App>
{
    public const string PublicBaseUrl = "https://crm.lycee-test.example";

    /// <summary>Tuesday 24 November 2026, 10:30 in Paris; the public address is not the one tests reach the server at.</summary>
    public sealed class App : TestApp
    {
        public App()
        {
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
            RunJobServer = false;
            With("App:PublicBaseUrl", PublicBaseUrl + "/");
        }
    }

    private static HttpRequestMessage Forged(string url) => new(HttpMethod.Get, url) { Headers = { Host = "pirate.example" } };

    private async Task<(HttpClient Client, int ProspectId)> ReminderOnAProspectAsync(string student, string title, string dueLocal)
    {
        var client = await app.AsAsync(student);
        var ws = await app.WorkspaceOfAsync(student);
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        (await client.PostFormAsync("/relances/nouvelle", new() { ["Title"] = title, ["DueAt"] = dueLocal, ["ProspectId"] = $"{prospect}", ["Back"] = "/relances" }, "/relances"))
            .AssertRedirectsTo("/relances");
        return (client, prospect);
    }

    [Fact]
    public async Task Feed_WinterAndSummerEvents_ReadWithTheFeedsOwnTimeZoneRules_AtTheirInstant()
    {
        var (client, prospect) = await ReminderOnAProspectAsync("eleve3", "Hiver : rappeler le garage", "2026-12-02T14:30");
        await ReminderOnAProspectAsync("eleve3", "Été : visite de suivi", "2027-07-15T09:15");
        var feedUrl = new Uri((await client.GetDocumentAsync("/relances/reglages")).QuerySelector("#feed")!.GetAttribute("value")!);

        var text = await (await app.CreateBrowserlessClient().GetAsync(feedUrl.PathAndQuery)).Content.ReadAsStringAsync();

        Assert.Contains("BEGIN:STANDARD", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT", text, StringComparison.Ordinal);
        var feed = IcsFeedReader.Parse(text);
        var winter = feed.Events.Single(e => e.Summary.Contains("Hiver : rappeler le garage", StringComparison.Ordinal));
        var summer = feed.Events.Single(e => e.Summary.Contains("Été : visite de suivi", StringComparison.Ordinal));
        Assert.Equal("Europe/Paris", winter.TzId);
        Assert.Equal(new DateTime(2026, 12, 2, 13, 30, 0, DateTimeKind.Utc), feed.StartUtc(winter));
        Assert.Equal(new DateTime(2027, 7, 15, 7, 15, 0, DateTimeKind.Utc), feed.StartUtc(summer));
        // The instants the app stored, read back through the feed's own rules.
        var stored = await app.WithDbAsync(db => db.Reminders.Where(r => r.Title.StartsWith("Hiver : ") || r.Title.StartsWith("Été : ")).ToDictionaryAsync(r => r.Title, r => r.DueAtUtc));
        Assert.Equal(stored["Hiver : rappeler le garage"], feed.StartUtc(winter));
        Assert.Equal(stored["Été : visite de suivi"], feed.StartUtc(summer));
        Assert.EndsWith($"{PublicBaseUrl}/prospects/{prospect}", winter.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedHostHeader_ChangesNeitherTheFeedAddressNorItsLinksNorTheSignInSlips()
    {
        var (client, prospect) = await ReminderOnAProspectAsync("eleve4", "Relance au lien absolu", "2026-12-03T10:00");

        var settings = await (await client.SendAsync(Forged("/relances/reglages"))).ReadDocumentAsync();
        var feedUrl = settings.QuerySelector("#feed")!.GetAttribute("value")!;
        Assert.StartsWith($"{PublicBaseUrl}/relances/calendrier.ics?jeton=", feedUrl, StringComparison.Ordinal);

        var response = await app.CreateBrowserlessClient().SendAsync(Forged(new Uri(feedUrl).PathAndQuery));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("pirate.example", text, StringComparison.Ordinal);
        var e = IcsFeedReader.Parse(text).Events.Single(x => x.Summary.Contains("Relance au lien absolu", StringComparison.Ordinal));
        Assert.EndsWith($"{PublicBaseUrl}/prospects/{prospect}", e.Description, StringComparison.Ordinal);

        var teacher = await app.AsAsync("prof.martin");
        var classId = await app.ClassOfAsync("prof.martin");
        var token = await teacher.TokenAsync($"/classes/{classId}/eleves/ajouter");
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["LastName"] = "Bœuf", ["FirstName"] = "Anaïs", ["__RequestVerificationToken"] = token });
        var slips = await (await teacher.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/classes/{classId}/eleves/ajouter") { Content = form, Headers = { Host = "pirate.example" } })).ReadDocumentAsync();
        var slip = Assert.Single(slips.QuerySelectorAll(".slip"));
        Assert.Contains($"Adresse : {PublicBaseUrl}/compte/connexion", slip.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("pirate.example", slip.TextContent, StringComparison.Ordinal);
        // A login made from a name spells the ligature out (it was "anais.b.uf").
        Assert.Contains("Identifiant : anais.boeuf", slip.TextContent, StringComparison.Ordinal);
    }
}
