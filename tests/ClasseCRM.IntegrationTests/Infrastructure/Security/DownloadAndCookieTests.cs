using System.Net;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Infrastructure.Security;

/// <summary>Cookies are Secure over HTTPS; downloads (exports, PDFs, personal data, calendar feed) are never stored by a cache.</summary>
public sealed class DownloadAndCookieTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task AntiforgeryCookie_IsSecureOverHttps_AndStillWorksOverHttp()
    {
        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var overHttps = await https.GetAsync("/compte/connexion");
        var overHttp = await http.GetAsync("/compte/connexion");

        var secure = overHttps.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("classecrm.af=", StringComparison.Ordinal));
        Assert.Contains("; secure", secure, StringComparison.OrdinalIgnoreCase);
        var plain = overHttp.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("classecrm.af=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", plain, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Downloads_AreNoStore()
    {
        var client = await app.AsAsync("eleve1");
        var ws = await app.WorkspaceOfAsync("eleve1");
        var prospect = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var order = await app.WithDbAsync(db => db.Orders.Where(o => o.WorkspaceId == ws).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var synthesis = await app.WithDbAsync(db => db.Syntheses.Where(s => s.WorkspaceId == ws).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var settings = await client.GetDocumentAsync("/relances/reglages");
        var feed = new Uri(settings.QuerySelector("#feed")!.GetAttribute("value")!).PathAndQuery;
        string[] downloads =
        [
            "/prospects/export?format=csv",
            "/prospects/export?format=xlsx",
            $"/prospects/{prospect}/donnees",
            $"/commandes/{order}/pdf",
            $"/syntheses/{synthesis}/pdf",
            $"/syntheses/{synthesis}/docx",
            $"/syntheses/{synthesis}/xlsx",
            feed,
        ];

        foreach (var url in downloads)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} : {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url} : Cache-Control « {response.Headers.CacheControl} »");
        }
    }
}
