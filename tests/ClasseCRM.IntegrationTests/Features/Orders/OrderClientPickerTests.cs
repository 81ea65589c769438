using System.Net;
using System.Text.Json;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Orders;

/// <summary>
/// The new-quote client picker: a search among the student's own fiches (JSON for the script, « Chercher » without it),
/// 20 matches at most; another student's client is never offered, and never accepted when posted.
/// </summary>
public sealed class OrderClientPickerTests(TestApp app) : IClassFixture<TestApp>
{
    private static async Task<List<(int Id, string Label)>> MatchesAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/commandes/clients?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetInt32(), e.GetProperty("label").GetString()!)).ToList();
    }

    [Fact]
    public async Task NewQuote_HasNoListOfTheWholeFile_ButAPickerThatSearches()
    {
        var client = await app.AsAsync("eleve3");
        var page = await client.GetDocumentAsync("/commandes/nouveau?type=devis");

        Assert.Null(page.QuerySelector("select#ProspectId"));
        var input = page.QuerySelector("input#ClientQuery")!;
        Assert.Equal("combobox", input.GetAttribute("role"));
        Assert.NotNull(page.QuerySelector("button[name=ClientSearch]"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/client-picker.js']"));
    }

    [Fact]
    public async Task Search_ReturnsOnlyThisWorkspacesFiches_AtMost20()
    {
        var ws = await app.WorkspaceOfAsync("eleve4");
        var other = await app.WorkspaceOfAsync("eleve5");
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 25; i++)
            {
                var mine = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Organisation, Name = $"Zéphyr Mobilier {i:00}", PostalCode = "35000", City = "Rennes", Department = "35" };
                mine.RefreshSearchFields();
                db.Prospects.Add(mine);
            }
            var theirs = new Prospect { WorkspaceId = other, Kind = ProspectKind.Organisation, Name = "Zéphyr Voisin", PostalCode = "35000", City = "Rennes", Department = "35" };
            theirs.RefreshSearchFields();
            db.Prospects.Add(theirs);
            return await db.SaveChangesAsync();
        });
        var client = await app.AsAsync("eleve4");

        var matches = await MatchesAsync(client, "zephyr");
        Assert.Equal(20, matches.Count);
        Assert.Equal("Zéphyr Mobilier 00 (Rennes)", matches[0].Label);
        Assert.DoesNotContain(matches, m => m.Label.Contains("Voisin", StringComparison.Ordinal));
        Assert.Equal(["Zéphyr Mobilier 07 (Rennes)"], (await MatchesAsync(client, "ZEPHYR 07 rennes")).Select(m => m.Label));
        Assert.Empty(await MatchesAsync(client, "voisin"));

        // Without script: « Chercher » sends the form back with the matches to choose from, and what was typed.
        var back = await client.PostFormAsync("/commandes/nouveau", new()
        {
            ["ClientQuery"] = "zéphyr 2",
            ["ClientSearch"] = "true",
            ["IsOrder"] = "false",
            ["Lines[0].Quantity"] = "3",
            ["Notes"] = "Rendez-vous pris",
        }, "/commandes/nouveau?type=devis");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var document = await back.ReadDocumentAsync();
        var radios = document.QuerySelectorAll("#client-matches input[type=radio][name=ProspectId]");
        Assert.Equal(7, radios.Length); // 02, 12, 20…24
        Assert.Equal("zéphyr 2", document.QuerySelector("#ClientQuery")!.GetAttribute("value"));
        Assert.Equal("3", document.QuerySelector("#l0q")!.GetAttribute("value"));
        Assert.Equal("Rendez-vous pris", document.QuerySelector("#Notes")!.TextContent);
        Assert.Null(document.QuerySelector(".field-validation-error"));
    }

    [Fact]
    public async Task Create_WithAnotherStudentsClient_IsRefusedWithAFrenchMessage()
    {
        var client = await app.AsAsync("eleve6");
        var ws = await app.WorkspaceOfAsync("eleve6");
        var other = await app.WorkspaceOfAsync("eleve7");
        var foreign = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == other).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync());
        var product = await app.WithDbAsync(db => db.ScenarioProducts.Where(p => db.Workspaces.Any(w => w.Id == ws && w.ScenarioId == p.ScenarioId)).Select(p => p.Id).FirstAsync());
        var before = await app.WithDbAsync(db => db.Orders.IgnoreQueryFilters().CountAsync());

        var response = await client.PostFormAsync("/commandes/nouveau", new()
        {
            ["ProspectId"] = foreign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IsOrder"] = "false",
            ["PaymentTermDays"] = "30",
            ["Lines[0].ProductId"] = product.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lines[0].Quantity"] = "2",
        }, "/commandes/nouveau?type=devis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("Choisissez un client de votre fichier.", text);
        Assert.DoesNotContain(foreign.Name, text);
        Assert.Equal(before, await app.WithDbAsync(db => db.Orders.IgnoreQueryFilters().CountAsync()));
    }

    /// <summary>After a client is picked, « Interlocuteur » offers its contacts (decision-maker first); another student's fiche answers 404.</summary>
    [Fact]
    public async Task ClientContacts_ListTheClientsContacts_AndAnotherWorkspacesFicheAnswers404()
    {
        var ws = await app.WorkspaceOfAsync("eleve8");
        var other = await app.WorkspaceOfAsync("eleve9");
        var (mine, empty, theirs) = await app.WithDbAsync(async db =>
        {
            Prospect Fiche(int workspace, string name)
            {
                var p = new Prospect { WorkspaceId = workspace, Kind = ProspectKind.Organisation, Name = name, PostalCode = "35000", City = "Rennes", Department = "35" };
                p.RefreshSearchFields();
                return p;
            }
            var withContacts = Fiche(ws, "Quillivic Bureautique");
            withContacts.Contacts.Add(new Contact { WorkspaceId = ws, Civility = Civility.Monsieur, FirstName = "Yann", LastName = "Le Gall", JobTitle = "Comptable", Role = ContactRole.User });
            withContacts.Contacts.Add(new Contact { WorkspaceId = ws, Civility = Civility.Madame, FirstName = "Anne", LastName = "Quillivic", JobTitle = "Gérante", Role = ContactRole.DecisionMaker });
            var without = Fiche(ws, "Quillivic Sans Contact");
            var foreign = Fiche(other, "Quillivic Voisin");
            foreign.Contacts.Add(new Contact { WorkspaceId = other, FirstName = "Paul", LastName = "Voisin", Role = ContactRole.DecisionMaker });
            db.Prospects.AddRange(withContacts, without, foreign);
            await db.SaveChangesAsync();
            return (withContacts.Id, without.Id, foreign.Id);
        });
        var client = await app.AsAsync("eleve8");

        var response = await client.GetAsync($"/commandes/clients/{mine}/interlocuteurs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
        {
            var labels = json.RootElement.EnumerateArray().Select(e => e.GetProperty("label").GetString()).ToList();
            Assert.Equal(2, labels.Count);
            Assert.StartsWith("Anne Quillivic", labels[0]);
            Assert.StartsWith("Yann Le Gall", labels[1]);
        }
        Assert.Equal("[]", await (await client.GetAsync($"/commandes/clients/{empty}/interlocuteurs")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/commandes/clients/{theirs}/interlocuteurs")).StatusCode);
        var teacher = await app.AsAsync("prof.martin");
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync($"/commandes/clients/{mine}/interlocuteurs")).StatusCode);

        // The new quote's form has the « Interlocuteur » field ready for the script, hidden and not sent until a client is picked.
        var page = await client.GetDocumentAsync("/commandes/nouveau?type=devis");
        var field = page.QuerySelector("[data-contact-field]")!;
        Assert.True(field.HasAttribute("hidden"));
        Assert.True(page.QuerySelector("select#ContactId")!.HasAttribute("disabled"));
        var chosen = await client.GetDocumentAsync($"/commandes/nouveau?type=devis&client={mine}");
        Assert.False(chosen.QuerySelector("[data-contact-field]")!.HasAttribute("hidden"));
        Assert.Equal(2, chosen.QuerySelectorAll("select#ContactId option").Length);
    }

    [Fact]
    public async Task TheJsonSearch_IsForStudents_InTheirOwnWorkspace()
    {
        var teacher = await app.AsAsync("prof.martin");
        var response = await teacher.GetAsync("/commandes/clients?q=a");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);

        var anonymous = app.CreateBrowserlessClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/commandes/clients?q=a")).StatusCode);
    }
}
