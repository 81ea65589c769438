using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Account;

public sealed class AccountTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task SignIn_WithDemoStudent_LandsOnFrenchHomePage()
    {
        var client = await app.SignInAsync("eleve3");

        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var text = await home.TextAsync();
        Assert.Contains("Aujourd'hui", text);
        Assert.Contains("À faire aujourd'hui", text);
        Assert.Contains("Bureau Ouest Équipement", text);
    }

    [Fact]
    public async Task Favicon_IsServedFromTheSite_AndNamedByEveryPage()
    {
        var anonymous = app.CreateClient();

        var ico = await anonymous.GetAsync("/favicon.ico");
        var svg = await anonymous.GetAsync("/favicon.svg");
        var login = await anonymous.GetStringAsync("/compte/connexion");

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await ico.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">", login);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsFrenchErrorAndKeepsIdentifiant()
    {
        var client = app.CreateBrowserlessClient();

        var response = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = "eleve4", ["Password"] = "mauvais-mot" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Contains("Identifiant ou mot de passe incorrect.", document.Text());
        Assert.Equal("eleve4", document.QuerySelector("input[name=UserName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SignIn_EmptyFields_GivesFrenchMessagesNot500()
    {
        var client = app.CreateBrowserlessClient();

        var response = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = "", ["Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("Saisissez votre identifiant.", text);
        Assert.Contains("Saisissez votre mot de passe.", text);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = "eleve20", ["Password"] = "faux-" + i });
        }

        var response = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = "eleve20", ["Password"] = TestApp.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("verrouillé pour 5 minutes", await response.TextAsync());
    }

    [Fact]
    public async Task SignIn_ManyAttemptsOnOneIdentifiant_AreThrottledWith429()
    {
        var client = app.CreateBrowserlessClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var r = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = "inconnu.devine", ["Password"] = "essai-" + i });
            statuses.Add(r.StatusCode);
            if (i == 10)
            {
                Assert.Contains("Trop de tentatives de connexion", await r.TextAsync());
            }
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task SignIn_ThirtyFiveStudentsBehindOneAddress_AllGetIn()
    {
        // 35 accounts from the same (test) address within the same minute: the limit is per identifiant + address.
        await app.RunAsync<UserManager<AppUser>>(async users =>
        {
            for (var i = 1; i <= 35; i++)
            {
                var name = $"nat.eleve{i}";
                if (await users.FindByNameAsync(name) is null)
                {
                    var user = new AppUser { UserName = name, FirstName = "Élève", LastName = $"NAT {i}" };
                    await users.CreateAsync(user, "mot-de-passe-nat");
                    await users.AddToRoleAsync(user, Roles.Student);
                }
            }
        });

        var results = new List<HttpStatusCode>();
        for (var i = 1; i <= 35; i++)
        {
            var client = app.CreateBrowserlessClient();
            var r = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = $"nat.eleve{i}", ["Password"] = "mot-de-passe-nat" });
            results.Add(r.StatusCode);
        }

        Assert.All(results, s => Assert.Equal(HttpStatusCode.Redirect, s));
    }

    [Fact]
    public async Task SignIn_ReturnUrl_OnlyLocalUrlsAreFollowed()
    {
        var client = app.CreateBrowserlessClient();
        var evil = await client.PostFormAsync("/compte/connexion",
            new() { ["UserName"] = "eleve5", ["Password"] = TestApp.DemoPassword, ["ReturnUrl"] = "https://pirate.example/vol" });
        evil.AssertRedirectsTo("/");
        Assert.Equal("/", evil.Headers.Location!.OriginalString);

        var other = app.CreateBrowserlessClient();
        var local = await other.PostFormAsync("/compte/connexion",
            new() { ["UserName"] = "eleve5", ["Password"] = TestApp.DemoPassword, ["ReturnUrl"] = "/messagerie" });
        Assert.Equal("/messagerie", local.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Anonymous_ProtectedPage_RedirectsToFrenchSignIn()
    {
        var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/classes");

        response.AssertRedirectsTo("http://localhost/compte/connexion?retour=");
        var signIn = await client.GetAsync("/compte/connexion");
        Assert.Contains("Connexion", await signIn.TextAsync());
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await app.SignInAsync("eleve6");

        var response = await client.PostFormAsync("/compte/deconnexion", new(), formPage: "/");

        response.AssertRedirectsTo("/compte/connexion");
        (await client.GetAsync("/")).AssertRedirectsTo("http://localhost/compte/connexion");
    }

    [Fact]
    public async Task ChangePassword_EndsOtherSessionsAndKeepsThisOne()
    {
        var phone = await app.SignInAsync("eleve7");
        var laptop = await app.SignInAsync("eleve7");

        var response = await laptop.PostFormAsync("/compte/mot-de-passe", new()
        {
            ["CurrentPassword"] = TestApp.DemoPassword,
            ["NewPassword"] = "une phrase bien à moi",
            ["ConfirmPassword"] = "une phrase bien à moi",
        });

        response.AssertRedirectsTo("/");
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/")).StatusCode);
        (await phone.GetAsync("/")).AssertRedirectsTo("http://localhost/compte/connexion");
        await app.SignInAsync("eleve7", "une phrase bien à moi");
    }

    [Fact]
    public async Task ChangePassword_TooShortOrMismatch_FrenchMessages()
    {
        var client = await app.SignInAsync("eleve8");

        var response = await client.PostFormAsync("/compte/mot-de-passe", new()
        {
            ["CurrentPassword"] = TestApp.DemoPassword,
            ["NewPassword"] = "court",
            ["ConfirmPassword"] = "autre",
        });

        var text = await response.TextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("au moins 8 caractères", text);
        Assert.Contains("La confirmation ne correspond pas", text);
    }

    [Fact]
    public async Task IssuedPassword_MustBeChangedBeforeAnythingElse()
    {
        var teacher = await app.SignInAsync("prof.martin");
        var classId = await app.WithDbAsync(db => Task.FromResult(db.Classes.Single(c => c.Name == "1re MCV B").Id));
        var created = await teacher.PostFormAsync($"/classes/{classId}/eleves/ajouter", new() { ["LastName"] = "Nouveau", ["FirstName"] = "Noé" });
        var page = await created.ReadDocumentAsync();
        var userName = page.QuerySelector("table code")!.TextContent;
        var password = page.QuerySelector("table code.password")!.TextContent;

        var student = app.CreateBrowserlessClient();
        var signIn = await student.PostFormAsync("/compte/connexion", new() { ["UserName"] = userName, ["Password"] = password });

        signIn.AssertRedirectsTo("/compte/mot-de-passe");
        (await student.GetAsync("/messagerie")).AssertRedirectsTo("/compte/mot-de-passe");
        Assert.Contains("choisissez maintenant le vôtre", await (await student.GetAsync("/compte/mot-de-passe")).TextAsync());

        var changed = await student.PostFormAsync("/compte/mot-de-passe", new()
        {
            ["CurrentPassword"] = password,
            ["NewPassword"] = "mon nouveau secret",
            ["ConfirmPassword"] = "mon nouveau secret",
        });
        changed.AssertRedirectsTo("/");
        Assert.Equal(HttpStatusCode.OK, (await student.GetAsync("/messagerie")).StatusCode);
        var flag = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == userName).MustChangePassword));
        Assert.False(flag);
    }
}
