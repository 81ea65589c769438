using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClasseCRM.IntegrationTests.Features.Account;

/// <summary>Sessions end on the server: sign-out, password reset (calendar link too), throttle on failures, small flash cookies.</summary>
public sealed class SessionTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>Signs in through the form: the browser (keeping its cookies) and a copy of its sign-in cookie as a Cookie header.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInCopyingCookieAsync(string userName)
    {
        var client = app.CreateBrowserlessClient();
        var response = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = userName, ["Password"] = TestApp.DemoPassword });
        response.AssertRedirectsTo("/");
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("classecrm.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]).ToList();
        Assert.NotEmpty(cookies);
        return (client, string.Join("; ", cookies));
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string url)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task SignOut_ACookieCopiedBeforehand_NoLongerOpensAnything()
    {
        var (browser, copied) = await SignInCopyingCookieAsync("eleve2");
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(copied, "/prospects")).StatusCode);

        var signOut = await browser.PostFormAsync("/compte/deconnexion", new(), formPage: "/");

        signOut.AssertRedirectsTo("/compte/connexion");
        (await ReplayAsync(copied, "/prospects")).AssertRedirectsTo("http://localhost/compte/connexion");
    }

    [Fact]
    public async Task SignOut_OnOneDevice_EndsTheAccountsOtherSessionsToo()
    {
        var phone = await app.SignInAsync("eleve3");
        var laptop = await app.SignInAsync("eleve3");

        await laptop.PostFormAsync("/compte/deconnexion", new(), formPage: "/");

        (await phone.GetAsync("/prospects")).AssertRedirectsTo("http://localhost/compte/connexion");
        var again = await app.SignInAsync("eleve3");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/prospects")).StatusCode);
    }

    [Fact]
    public async Task PasswordResetByTheTeacher_AlsoEndsTheOldCalendarLink()
    {
        var student = await app.SignInAsync("eleve16");
        var settings = await student.GetDocumentAsync("/relances/reglages");
        var feed = new Uri(settings.QuerySelector("#feed")!.GetAttribute("value")!).PathAndQuery;
        var calendarApp = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(feed)).StatusCode);
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var studentId = await app.UserIdAsync("eleve16");
        var otherTeacher = await app.AsAsync("prof.martin");
        var notTheirs = await otherTeacher.PostFormAsync($"/classes/{classId}/eleves/{studentId}/reinitialiser", new(), formPage: "/classes");
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(feed)).StatusCode);

        var reset = await teacher.PostFormAsync($"/classes/{classId}/eleves/{studentId}/reinitialiser", new(), formPage: $"/classes/{classId}");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(feed)).StatusCode);
    }

    [Fact]
    public async Task SignInThrottle_CountsFailuresOnly()
    {
        await app.RunAsync<UserManager<AppUser>>(async users =>
        {
            var user = new AppUser { UserName = "poste.partage", FirstName = "Poste", LastName = "Partagé" };
            Assert.True((await users.CreateAsync(user, "mot-de-passe-poste")).Succeeded);
            await users.AddToRoleAsync(user, Roles.Student);
        });

        // A class signing in again and again on the same identifiant from one address (one NAT): never throttled.
        var successes = new List<HttpStatusCode>();
        for (var i = 0; i < 3 * SignInThrottleLimit; i++)
        {
            var r = await app.CreateBrowserlessClient().PostFormAsync("/compte/connexion", new() { ["UserName"] = "poste.partage", ["Password"] = "mot-de-passe-poste" });
            successes.Add(r.StatusCode);
        }
        Assert.All(successes, s => Assert.Equal(HttpStatusCode.Redirect, s));

        // Failures still are: the budget is spent by wrong passwords only.
        var failures = new List<HttpStatusCode>();
        for (var i = 0; i <= SignInThrottleLimit; i++)
        {
            var r = await app.CreateBrowserlessClient().PostFormAsync("/compte/connexion", new() { ["UserName"] = "poste.partage", ["Password"] = "faux-" + i });
            failures.Add(r.StatusCode);
        }
        Assert.All(failures.Take(SignInThrottleLimit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, failures[SignInThrottleLimit]);
    }

    private const int SignInThrottleLimit = ClasseCRM.Web.Infrastructure.Security.SignInThrottle.PermitsPerWindow;

    [Fact]
    public async Task FlashMessages_ANoteOf4000LessThanSigns_KeepsCookiesSmallAndPagesOpen()
    {
        var client = await app.SignInAsync("eleve4");
        var ws = await app.WorkspaceOfAsync("eleve4");
        var prospect = await app.WithDbAsync(db => Task.FromResult(db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).Select(p => p.Id).First()));
        // One character over the limit: refused, and the draft is kept for the form (a flash value).
        var draft = new string('<', 4001);

        var response = await client.PostFormAsync($"/prospects/{prospect}/notes", new() { ["texte"] = draft }, formPage: $"/prospects/{prospect}");

        response.AssertRedirectsTo($"/prospects/{prospect}");
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.True(setCookies.Sum(c => c.Length) < 4096, $"Cookies de {setCookies.Sum(c => c.Length)} caractères");
        var page = await client.GetAsync($"/prospects/{prospect}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = await page.ReadDocumentAsync();
        Assert.Contains("La note est vide ou dépasse 4 000 caractères.", document.Text());
        Assert.Equal(new string('<', 4000), document.QuerySelector("textarea#texte")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/prospects")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserlessClient().GetAsync("/compte/connexion")).StatusCode);
    }
}
