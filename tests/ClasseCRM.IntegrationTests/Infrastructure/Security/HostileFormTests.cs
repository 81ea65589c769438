using System.Net;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClasseCRM.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Bad input never takes a page down: every POST form a student, a teacher and the administrator can reach is sent
/// once with a NUL byte in each field and once with a 10 MB field — no answer is a 500 — and what a NUL byte was typed
/// into is saved without it.
/// </summary>
public sealed class HostileFormTests(TestApp app, ITestOutputHelper output) : IClassFixture<TestApp>
{
    private static readonly string[] Destructive = ["suppr", "anonym", "archiv", "reinitialis", "mot-de-passe", "restaur", "annuler", "retirer"];

    [Fact]
    public async Task EveryFormPage_ValidationMessagesInFrench()
    {
        // MVC gives each non-nullable value (a channel, a date) a « required » rule of its own, in English unless told.
        foreach (var user in new[] { "eleve1", "prof.martin" })
        {
            var client = await app.SignInAsync(user);
            var pages = (await FormCrawler.CollectAsync(client)).Select(f => f.Page).Distinct().ToList();
            Assert.NotEmpty(pages);
            foreach (var page in pages)
            {
                var html = await client.GetStringAsync(page);
                Assert.DoesNotContain("field is required", html);
                Assert.DoesNotContain("must be a number", html);
            }
        }
        var student = await app.SignInAsync("eleve1");
        var form = await student.GetDocumentAsync("/operations/nouvelle");
        Assert.Equal("Le champ « Canal » est obligatoire.", form.QuerySelector("select#Channel")!.GetAttribute("data-val-required"));
    }

    [Fact]
    public async Task EveryPostForm_WithANulByteOrATenMegabyteField_NeverAnswers500()
    {
        var failures = new List<string>();
        // At least: a student's 30 or so screens with forms, a teacher's 25, the administrator's 5 (found by the walk).
        foreach (var (user, expected) in new[] { ("eleve1", 25), ("prof.martin", 20), ("admin", 4) })
        {
            var client = await app.SignInAsync(user);
            var forms = await FormCrawler.CollectAsync(client);
            output.WriteLine($"{user} : {forms.Count} formulaires");
            Assert.True(forms.Count >= expected, $"{user} : seulement {forms.Count} formulaires trouvés");
            // Forms that delete or close things go last, so the others still find their rows.
            foreach (var form in forms.OrderBy(f => Destructive.Any(d => f.Action.Contains(d, StringComparison.OrdinalIgnoreCase))))
            {
                var withNul = form.Fields.Select(f => f.Key == "__RequestVerificationToken" ? f : new(f.Key, f.Value + "\0x")).ToList();
                var nul = await PostAsync(client, form, withNul);
                if (nul == HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{user} NUL → {form.Action} (depuis {form.Page})");
                }
                var huge = await PostAsync(client, form, WithHugeField(form.Fields));
                // Refused (413/400), or the form shown again with its message (the file upload reads 16 MB): never saved, never a 500.
                if (huge is not (HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest or HttpStatusCode.OK))
                {
                    failures.Add($"{user} 10 Mo → {form.Action} : {(int)huge}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task ATenMegabyteField_AnswersAFrenchPage_AndTheFormStillWorksAfterwards()
    {
        var client = await app.SignInAsync("eleve13");
        var token = await client.TokenAsync("/prospects/nouveau");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Kind"] = "Organisation",
            ["Name"] = new string('a', 10 * 1024 * 1024),
            ["PostalCode"] = "35000",
            ["City"] = "Rennes",
        };

        var response = await client.PostAsync("/prospects/nouveau", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Le formulaire envoyé est trop volumineux", await response.TextAsync());
        var ws = await app.WorkspaceOfAsync("eleve13");
        Assert.False(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.WorkspaceId == ws && p.Name.StartsWith("aaaaaaaaaa"))));
        var again = await client.PostFormAsync("/prospects/nouveau", new() { ["Kind"] = "Organisation", ["Name"] = "Atelier Trop Long", ["PostalCode"] = "35000", ["City"] = "Rennes", ["Status"] = "Suspect", ["Potential"] = "C" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task ControlCharacters_TypedInAForm_AreLeftOut_AndTheRestIsSaved()
    {
        var client = await app.SignInAsync("eleve15");

        var response = await client.PostFormAsync("/prospects/nouveau", new()
        {
            ["Kind"] = "Organisation",
            ["Name"] = "Boulangerie\u0007 Ker\u001Bouan",
            ["PostalCode"] = "35000",
            ["City"] = "Rennes\u000B",
            ["Status"] = "Suspect",
            ["Potential"] = "C",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ws = await app.WorkspaceOfAsync("eleve15");
        var saved = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Name.StartsWith("Boulangerie")).Select(p => new { p.Name, p.City }).SingleAsync());
        Assert.Equal("Boulangerie Kerouan", saved.Name);
        Assert.Equal("Rennes", saved.City);
        var search = await client.GetAsync("/prospects?q=Kerouan%00");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("Boulangerie Kerouan", await search.TextAsync());
    }

    [Fact]
    public async Task ANulByte_InAForm_IsRefusedWithAFrenchMessage_OrLeftOutOfAnUpload()
    {
        var client = await app.SignInAsync("eleve17");
        var ws = await app.WorkspaceOfAsync("eleve17");

        var encoded = await client.PostFormAsync("/prospects/nouveau", new() { ["Kind"] = "Organisation", ["Name"] = "Garage\0 Le Gall", ["PostalCode"] = "35000", ["City"] = "Rennes", ["Status"] = "Suspect", ["Potential"] = "C" });

        Assert.Equal(HttpStatusCode.BadRequest, encoded.StatusCode);
        Assert.Contains("caractère invisible non autorisé", await encoded.TextAsync());
        Assert.False(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.WorkspaceId == ws && p.Name.Contains("Le Gall"))));

        var token = await client.TokenAsync("/prospects/nouveau");
        using var multipart = new MultipartFormDataContent();
        foreach (var (key, value) in new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Kind"] = "Organisation", ["Name"] = "Garage\0 Le Gall", ["PostalCode"] = "35000", ["City"] = "Rennes", ["Status"] = "Suspect", ["Potential"] = "C" })
        {
            multipart.Add(new StringContent(value), key);
        }
        var posted = await client.PostAsync("/prospects/nouveau", multipart);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("Garage Le Gall", await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Name.Contains("Le Gall")).Select(p => p.Name).SingleAsync()));
    }

    private static List<KeyValuePair<string, string>> WithHugeField(List<KeyValuePair<string, string>> fields)
    {
        var target = fields.FindIndex(f => f.Key != "__RequestVerificationToken");
        var huge = fields.ToList();
        var value = new string('a', 10 * 1024 * 1024);
        if (target < 0)
        {
            huge.Add(new("Texte", value));
        }
        else
        {
            huge[target] = new(huge[target].Key, value);
        }
        return huge;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, CrawledForm form, List<KeyValuePair<string, string>> fields)
    {
        HttpContent content;
        if (form.Multipart)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in fields)
            {
                multipart.Add(new StringContent(value), key);
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }
        using (content)
        {
            using var response = await client.PostAsync(form.Action, content);
            return response.StatusCode;
        }
    }
}
