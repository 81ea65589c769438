using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// Issue 18, search that helps: accents and case ignored, « et » read for « & », Le Roux = Leroux = le-roux, each result
/// saying which field matched, and « Vouliez-vous dire … ? » from the workspace's own words only, as a link that runs the
/// search.
/// </summary>
public sealed class TolerantSearchTests(TestApp app) : IClassFixture<TestApp>
{
    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>The rows among these names (the demo file around them may hold other matches), in the page's order.</summary>
    private static List<string> Among(AngleSharp.Dom.IDocument page, params string[] names) => Names(page).Where(names.Contains).ToList();

    /// <summary>What the row of this name says it matched.</summary>
    private static string? MatchedOf(AngleSharp.Dom.IDocument page, string name) =>
        page.QuerySelectorAll("tbody tr").FirstOrDefault(r => r.QuerySelector("td a")?.TextContent.Trim() == name)?.QuerySelector(".search-matched")?.TextContent;

    private static List<string> Suggestions(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".search-suggestions a").Select(a => a.TextContent.Trim('«', '»', ' ', '\u00A0')).ToList();

    private Task<int> AddAsync(int workspace, string name, string city, string? notes = null, params (string First, string Last)[] contacts) =>
        app.WithDbAsync(async db =>
        {
            var p = new Prospect
            {
                WorkspaceId = workspace,
                Kind = ProspectKind.Organisation,
                Name = name,
                PostalCode = "22000",
                City = city,
                Department = "22",
                Notes = notes,
                Contacts = contacts.Select(c => new Contact { WorkspaceId = workspace, FirstName = c.First, LastName = c.Last }).ToList(),
            };
            p.RefreshSearchFields();
            db.Prospects.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

    [Fact]
    public async Task AccentsAndCase_AreIgnored()
    {
        var client = await app.AsAsync("eleve3");
        await AddAsync(await app.WorkspaceOfAsync("eleve3"), "Crêperie Hélène Quéméner", "Lannion");
        foreach (var typed in new[] { "creperie helene", "CRÊPERIE HÉLÈNE", "Quemener" })
        {
            Assert.Equal(["Crêperie Hélène Quéméner"], Among(await client.GetDocumentAsync($"/prospects?q={Uri.EscapeDataString(typed)}"), "Crêperie Hélène Quéméner"));
        }
    }

    [Fact]
    public async Task Et_IsReadAsAmpersand_AndTheOtherWayRound()
    {
        var client = await app.AsAsync("eleve3");
        var ws = await app.WorkspaceOfAsync("eleve3");
        await AddAsync(ws, "Fabre & Associés", "Rennes");
        await AddAsync(ws, "Fabre et Associés Conseil", "Brest");
        var page = await client.GetDocumentAsync("/prospects?q=fabre+et+associes");
        string[] both = ["Fabre & Associés", "Fabre et Associés Conseil"];
        Assert.Equal(both, Among(page, both).Distinct());
        // (The demo file has a « Fabre & Associés » too, whose e-mail also holds the word: the company name comes first.)
        Assert.StartsWith("Trouvé dans\u00A0: entreprise", MatchedOf(page, "Fabre & Associés"), StringComparison.Ordinal);
        Assert.Equal("Trouvé dans\u00A0: entreprise", MatchedOf(page, "Fabre et Associés Conseil"));
        Assert.Equal(both, Among(await client.GetDocumentAsync("/prospects?q=" + Uri.EscapeDataString("Fabre & associés")), both).Distinct());
    }

    [Fact]
    public async Task LeRoux_Leroux_LeDashRoux_FindEachOther()
    {
        var client = await app.AsAsync("eleve4");
        var ws = await app.WorkspaceOfAsync("eleve4");
        await AddAsync(ws, "Garage du Trégor", "Lannion", null, ("Yann", "Le Roux"));
        await AddAsync(ws, "Boulangerie Leroux", "Perros-Guirec");
        await AddAsync(ws, "Atelier Bois", "Paimpol", null, ("Anne", "Le-Roux"));
        string[] all = ["Atelier Bois", "Boulangerie Leroux", "Garage du Trégor"];
        foreach (var typed in new[] { "Le Roux", "Leroux", "le-roux", "LE ROUX" })
        {
            var page = await client.GetDocumentAsync($"/prospects?q={Uri.EscapeDataString(typed)}");
            Assert.Equal(all, Among(page, all));
            // Each row says where: the contact for two of them, the company name for the bakery.
            Assert.Equal("Trouvé dans\u00A0: contact Anne Le-Roux", MatchedOf(page, "Atelier Bois"));
            Assert.Equal("Trouvé dans\u00A0: entreprise", MatchedOf(page, "Boulangerie Leroux"));
            Assert.Equal("Trouvé dans\u00A0: contact Yann Le Roux", MatchedOf(page, "Garage du Trégor"));
        }
        // With a town besides, in any spelling.
        Assert.Equal(["Garage du Trégor"], Among(await client.GetDocumentAsync("/prospects?q=leroux+lannion"), all));
        Assert.Equal(["Boulangerie Leroux"], Among(await client.GetDocumentAsync("/prospects?q=le+roux+perros"), all));
    }

    [Fact]
    public async Task EachResult_SaysWhichFieldMatched()
    {
        var client = await app.AsAsync("eleve5");
        var ws = await app.WorkspaceOfAsync("eleve5");
        var id = await AddAsync(ws, "Scierie Moal", "Guingamp", "Rappeler pour la tronçonneuse", ("Gwen", "Tanguy"));
        await app.WithDbAsync(async db =>
        {
            var p = await db.Prospects.Include(x => x.Contacts).SingleAsync(x => x.Id == id);
            p.Email = "accueil@scierie-moal.bzh";
            p.Phone = "02 96 44 12 34";
            p.RefreshSearchFields();
            return await db.SaveChangesAsync();
        });
        async Task<string?> MatchedAsync(string typed) =>
            MatchedOf(await client.GetDocumentAsync($"/prospects?q={Uri.EscapeDataString(typed)}"), "Scierie Moal");
        Assert.Equal("Trouvé dans\u00A0: note", await MatchedAsync("tronconneuse"));
        Assert.Equal("Trouvé dans\u00A0: ville", await MatchedAsync("guingamp"));
        Assert.Equal("Trouvé dans\u00A0: contact Gwen Tanguy", await MatchedAsync("tanguy"));
        Assert.Equal("Trouvé dans\u00A0: téléphone", await MatchedAsync("02 96 44 12"));
        Assert.Equal("Trouvé dans\u00A0: entreprise, ville, e-mail", await MatchedAsync("moal guingamp"));
    }

    [Fact]
    public async Task EverySign_SeparatesWords_AnEmailAWebAddressANumber_AreFoundByTheirParts()
    {
        // PostgreSQL's own parser keeps an e-mail, a host or « 12.5 » whole: the index cuts them as FTS5 does.
        var client = await app.AsAsync("eleve5");
        var ws = await app.WorkspaceOfAsync("eleve5");
        var id = await AddAsync(ws, "Forge Ker-Avel", "Plouha", "Devis 12.5 k€ v2.3, voir www.kermarrec-bois.fr/tarifs_2024");
        await app.WithDbAsync(async db =>
        {
            var p = await db.Prospects.Include(x => x.Contacts).SingleAsync(x => x.Id == id);
            p.Email = "yannig.forge@keravel-atelier.bzh";
            p.RefreshSearchFields();
            return await db.SaveChangesAsync();
        });
        string[] finding = ["bzh", "forge keravel", "yannig", "atelier keravel", "kermarrec", "bois fr", "tarifs 2024", "12 5", "v2", "avel", "ker avel"];
        string[] notFinding = ["orge", "arrec", "125x", "bzhx"];
        var found = new List<string>();
        foreach (var typed in finding.Concat(notFinding))
        {
            if (Among(await client.GetDocumentAsync($"/prospects?q={Uri.EscapeDataString(typed)}"), "Forge Ker-Avel") is ["Forge Ker-Avel"])
            {
                found.Add(typed);
            }
        }
        Assert.Equal(finding, found);
    }

    [Fact]
    public async Task NothingMatches_VouliezVousDire_TheFilesOwnWords_AsALinkThatSearches()
    {
        var client = await app.AsAsync("eleve6");
        var ws = await app.WorkspaceOfAsync("eleve6");
        await AddAsync(ws, "Quincaillerie Morvan", "Ploufragan", null, ("Luc", "Deschamps"));

        var page = await client.GetDocumentAsync("/prospects?q=Deshamps");
        Assert.Contains("Aucune fiche ne correspond.", page.Text());
        Assert.Contains("Vouliez-vous dire « ", page.Text());
        Assert.Contains("Deschamps", Suggestions(page));
        var link = page.QuerySelectorAll(".search-suggestions a").First(a => a.TextContent.Contains("Deschamps", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal("/prospects?q=Deschamps", link);
        Assert.Equal(["Quincaillerie Morvan"], Among(await client.GetDocumentAsync(link), "Quincaillerie Morvan"));

        // The first letter mistyped, or swapped with the second: the word is still found.
        Assert.Contains("Deschamps", Suggestions(await client.GetDocumentAsync("/prospects?q=Ceschamps")));
        Assert.Contains("Deschamps", Suggestions(await client.GetDocumentAsync("/prospects?q=Edschamps")));

        var town = await client.GetDocumentAsync("/prospects?q=Ploufragen");
        Assert.Contains("Ploufragan", Suggestions(town));
        // Several words: the wrong one is replaced, the others kept as typed, the filters kept.
        var two = await client.GetDocumentAsync("/prospects?q=morvan+ploufragen&statut=Suspect");
        var proposal = two.QuerySelector(".search-suggestions a")!;
        Assert.Equal("« morvan Ploufragan »", proposal.TextContent);
        Assert.Equal("/prospects?q=morvan%20Ploufragan&statut=Suspect", proposal.GetAttribute("href"));
    }

    [Fact]
    public async Task Suggestion_NeverProposesAWordOfAnotherWorkspace()
    {
        var own = await app.WorkspaceOfAsync("eleve7");
        var other = await app.WorkspaceOfAsync("eleve8");
        await AddAsync(other, "Zwiebelkorn Frères", "Lorient");

        // The other workspace's student is offered the word: the rule works…
        var otherPage = await (await app.AsAsync("eleve8")).GetDocumentAsync("/prospects?q=zwiebelkorm");
        Assert.Equal(["Zwiebelkorn"], Suggestions(otherPage));
        // …and this student, whose file does not hold it, is not.
        var ownPage = await (await app.AsAsync("eleve7")).GetDocumentAsync("/prospects?q=zwiebelkorm");
        Assert.Contains("Aucune fiche ne correspond.", ownPage.Text());
        Assert.Empty(Suggestions(ownPage));
        Assert.DoesNotContain("Zwiebelkorn", ownPage.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await app.WithDbAsync(db => db.Set<SearchWordRow>().AnyAsync(w => w.WorkspaceId == own && w.Word == "zwiebelkorn")));
        Assert.True(await app.WithDbAsync(db => db.Set<SearchWordRow>().AnyAsync(w => w.WorkspaceId == other && w.Word == "zwiebelkorn")));
    }

    [Fact]
    public async Task WordOfADeletedFiche_IsNoLongerProposed()
    {
        var client = await app.AsAsync("eleve9");
        var ws = await app.WorkspaceOfAsync("eleve9");
        var id = await AddAsync(ws, "Brocante Kervadec", "Tréguier");
        Assert.Contains("Kervadec", Suggestions(await client.GetDocumentAsync("/prospects?q=kervadek")));

        // Deleted as the app deletes a fiche (SaveChanges: the file's version changes, remembered proposals are not read).
        await app.WithDbAsync(async db =>
        {
            db.Prospects.Remove(await db.Prospects.FirstAsync(p => p.Id == id));
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("Kervadec", Suggestions(await client.GetDocumentAsync("/prospects?q=kervadek")));
        Assert.False(await app.WithDbAsync(db => db.Set<SearchWordRow>().AnyAsync(w => w.WorkspaceId == ws && w.Word == "kervadec")));
    }

    [Fact]
    public async Task FicheWrittenByOlderRules_IsWrittenAgainAtStart()
    {
        var client = await app.AsAsync("eleve10");
        var ws = await app.WorkspaceOfAsync("eleve10");
        var id = await AddAsync(ws, "Menuiserie Le Koadig", "Lannion");
        // As a fiche saved before the tolerant rules: no joined forms, version 0.
        await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SearchText, "menuiserie le koadig lannion 22000").SetProperty(p => p.SearchVersion, 0)));
        Assert.Empty(Among(await client.GetDocumentAsync("/prospects?q=lekoadig"), "Menuiserie Le Koadig"));

        Assert.True(await app.WithDbAsync(db => ProspectSearchRefresh.RunAsync(db, CancellationToken.None)) >= 1);
        Assert.Equal(["Menuiserie Le Koadig"], Among(await client.GetDocumentAsync("/prospects?q=lekoadig"), "Menuiserie Le Koadig"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.SearchVersion < Prospect.CurrentSearchVersion)));
    }

    /// <summary>
    /// The proposals of a search that found nothing are remembered under the file's version, as its matches are (SQLite:
    /// one instance; on PostgreSQL nothing is remembered across requests): asked again, the vocabulary is not read again;
    /// a fiche saved changes the version, and they are made again.
    /// </summary>
    [Fact]
    [Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
    public async Task NothingMatches_TheProposalsAreRemembered_UntilTheFileChanges()
    {
        var client = await app.AsAsync("eleve9");
        var ws = await app.WorkspaceOfAsync("eleve9");
        await AddAsync(ws, "Menuiserie Kerhervé", "Lannion", null, ("Anne", "Pellerin"));
        Assert.Contains("Pellerin", Suggestions(await client.GetDocumentAsync("/prospects?q=Pelerin")));

        // The word leaves the vocabulary behind the file's back (no fiche saved: the version stays).
        await app.WithDbAsync(db => db.Set<SearchWordRow>().Where(w => w.WorkspaceId == ws && w.Word == "pellerin").ExecuteDeleteAsync());
        Assert.Contains("Pellerin", Suggestions(await client.GetDocumentAsync("/prospects?q=Pelerin")));

        await AddAsync(ws, "Garage Le Bihan", "Lannion");
        Assert.DoesNotContain("Pellerin", Suggestions(await client.GetDocumentAsync("/prospects?q=Pelerin")));
    }

    /// <summary>
    /// The workspace's words are read once under the file's version and kept in memory (SQLite): another search that finds
    /// nothing reads them from there, and a fiche saved makes them read again, so its words are proposed at once.
    /// </summary>
    [Fact]
    [Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
    public async Task NothingMatches_TheWordsAreReadOncePerVersionOfTheFile()
    {
        var client = await app.AsAsync("eleve11");
        var ws = await app.WorkspaceOfAsync("eleve11");
        await AddAsync(ws, "Ébénisterie Quéméner", "Lannion");
        Assert.Contains("Quéméner", Suggestions(await client.GetDocumentAsync("/prospects?q=quemenre")));

        // The word leaves the stored vocabulary behind the file's back: another misspelling still finds it in memory.
        await app.WithDbAsync(db => db.Set<SearchWordRow>().Where(w => w.WorkspaceId == ws && w.Word == "quemener").ExecuteDeleteAsync());
        Assert.Contains("Quéméner", Suggestions(await client.GetDocumentAsync("/prospects?q=qemener")));

        // A fiche saved: its words are proposed at once, and the vocabulary is the stored one again.
        await AddAsync(ws, "Atelier Guivarch", "Lannion");
        Assert.Contains("Guivarch", Suggestions(await client.GetDocumentAsync("/prospects?q=guivarh")));
        Assert.DoesNotContain("Quéméner", Suggestions(await client.GetDocumentAsync("/prospects?q=quemenet")));
    }
}
