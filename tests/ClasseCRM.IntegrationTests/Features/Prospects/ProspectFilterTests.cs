using System.Text.RegularExpressions;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Prospects;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// Filters with few or no fiches in a file larger than a class's (over 5 000 fiches, where the list reads the few
/// matches first and sorts them instead of walking the order's index): exactly the matching fiches, in the list's order
/// on every page, and nothing from another workspace.
/// </summary>
public sealed partial class ProspectFilterTests(TestApp app) : IClassFixture<TestApp>
{
    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    private static int Shown(AngleSharp.Dom.IDocument page) => int.Parse(FicheCount().Match(page.Text()).Groups[1].Value);

    [GeneratedRegex(@"(\d+) fiches?\b")]
    private static partial Regex FicheCount();

    /// <summary>The names the list shows for a query, page after page.</summary>
    private static async Task<List<string>> AllPagesOfAsync(HttpClient client, string query)
    {
        var first = await client.GetDocumentAsync($"/prospects?{query}");
        var names = Names(first);
        for (var page = 2; page <= (Shown(first) + 24) / 25; page++)
        {
            names.AddRange(Names(await client.GetDocumentAsync($"/prospects?{query}&page={page}")));
        }
        return names;
    }

    [Fact]
    public async Task LargeFile_RareDepartementTownAndSector_ExactlyTheirFichesInOrder_NothingFromAnotherWorkspace()
    {
        var client = await app.AsAsync("eleve5");
        var own = await app.WorkspaceOfAsync("eleve5");
        var other = await app.WorkspaceOfAsync("eleve6");
        // 5 200 fiches in Ille-et-Vilaine, 30 of them in Corse-du-Sud (Ajaccio, then Porto-Vecchio) created in an order
        // unrelated to their names, with statuses and last contacts of every kind; and the same département, town and
        // sector in another workspace.
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5200; i++)
            {
                var corsica = i % 173 == 0;
                db.Prospects.Add(Fiche(own, corsica ? $"Île {(i * 7919) % 1000:D3}" : $"Entreprise {i:D5}", corsica, i));
            }
            db.Prospects.Add(Fiche(other, "Île d'un autre espace", corsica: true, 1));
            return await db.SaveChangesAsync();
        });
        Task<List<string>> ExpectedAsync(Func<IQueryable<Prospect>, IQueryable<Prospect>> query) =>
            app.WithDbAsync(db => query(db.Prospects.Where(p => p.WorkspaceId == own)).Select(p => p.Name).ToListAsync());
        Task<List<string>> AllPagesAsync(string query) => AllPagesOfAsync(client, query);

        var rare = await client.GetDocumentAsync("/prospects?dept=2a");
        Assert.Equal(31, Shown(rare));
        var inCorsica = await ExpectedAsync(q => q.Where(p => p.Department == "2A").OrderBy(p => p.NameKey).ThenBy(p => p.Id));
        Assert.Equal(31, inCorsica.Count);
        Assert.Equal(inCorsica, await AllPagesAsync("dept=2A"));
        Assert.DoesNotContain("Île d'un autre espace", await AllPagesAsync("dept=2A"));

        // Sorted on another column, both ways, and with other filters.
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Department == "2A").OrderByDescending(p => p.City).ThenByDescending(p => p.Id)),
            await AllPagesAsync("dept=2A&tri=ville&desc=true"));
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Department == "2A").OrderBy(p => p.LastContactAtUtc).ThenBy(p => p.Id)),
            await AllPagesAsync("dept=2A&tri=contact"));
        var limit = DateTime.UtcNow.AddDays(-60);
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Department == "2A" && p.Status == ProspectStatus.Prospect && (p.LastContactAtUtc == null || p.LastContactAtUtc < limit))
                .OrderBy(p => p.Status).ThenBy(p => p.Id)),
            await AllPagesAsync("dept=2A&statut=Prospect&sansContact=60&tri=statut"));

        // A town by its name in any case of its letters (a wildcard still works), a sector with few fiches.
        var ajaccio = await ExpectedAsync(q => q.Where(p => p.City == "Ajaccio").OrderBy(p => p.NameKey).ThenBy(p => p.Id));
        Assert.NotEmpty(ajaccio);
        Assert.Equal(ajaccio, await AllPagesAsync("ville=aJACCIO"));
        Assert.Equal(ajaccio, await AllPagesAsync("ville=Aj%25"));
        // A town of many fiches (more than the 1 000 counted), in name order and in another order.
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.City == "Rennes").OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(75).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?ville=rennes&page=4")));
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.City == "Rennes").OrderByDescending(p => p.Status).ThenByDescending(p => p.Id).Skip(25).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?ville=RENNES&tri=statut&desc=true&page=2")));
        Assert.Equal(inCorsica, await AllPagesAsync("section=U"));
        // A common section (more than the 1 000 counted) in name order, both ways: its own index gives that order.
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.NafSection == "M").OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(50).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?section=M&page=3")));
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.NafSection == "M" && p.Status == ProspectStatus.Prospect).OrderByDescending(p => p.NameKey).ThenByDescending(p => p.Id).Skip(25).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?section=M&statut=Prospect&desc=true&page=2")));
        // A sous-classe, however it is typed: the rare one read first, the common one walked in order.
        Assert.Equal(inCorsica, await AllPagesAsync("section=9900Z"));
        Assert.Equal(inCorsica, await AllPagesAsync("section=99.00z"));
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.NafCode == "69.20Z" && p.Status == ProspectStatus.Client).OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(50).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?section=69.20Z&statut=Client&page=3")));

        // None at all; a page asked past the few shows the last one.
        var none = await client.GetDocumentAsync("/prospects?dept=99");
        Assert.Equal(0, Shown(none));
        Assert.Contains("Aucune fiche ne correspond", none.Text());
        Assert.Equal(inCorsica.Skip(25).ToList(), Names(await client.GetDocumentAsync("/prospects?dept=2A&page=9")));
        Assert.Equal(0, Shown(await client.GetDocumentAsync("/prospects?ville=Ajacci")));

        // The workspace's own file is still walked in order for a common filter and for the other sorts.
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Department == "35").OrderBy(p => p.Potential).ThenBy(p => p.Id).Skip(50).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?dept=35&tri=potentiel&page=3")));
        Assert.Equal(
            await ExpectedAsync(q => q.OrderByDescending(p => p.Status).ThenByDescending(p => p.Id).Skip(4000).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?tri=statut&desc=true&page=161")));
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.NafSection == "M" && p.Status == ProspectStatus.Client && p.Kind == ProspectKind.Organisation && p.Potential == Potential.C)
                .OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(25).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?section=m&statut=Client&type=Organisation&potentiel=C&page=2")));
    }

    [Fact]
    public async Task LargeFile_PagesFarDown_SameAsTheOrder_BothWays_AfterAChangeToo()
    {
        var client = await app.AsAsync("eleve8");
        var own = await app.WorkspaceOfAsync("eleve8");
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3300; i++)
            {
                // Names out of creation order, some of them shared (the id then settles the order).
                db.Prospects.Add(Fiche(own, $"Société {(i * 7919) % 2900:D4}", corsica: i % 11 == 0, i));
            }
            return await db.SaveChangesAsync();
        });
        Task<List<string>> ExpectedAsync(Func<IQueryable<Prospect>, IQueryable<Prospect>> query) =>
            app.WithDbAsync(db => query(db.Prospects.Where(p => p.WorkspaceId == own)).Select(p => p.Name).ToListAsync());
        var total = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == own));

        // Past the first 1 000 fiches a page starts from the nearest remembered fiche before it: the same rows as the order.
        Assert.Equal(
            await ExpectedAsync(q => q.OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(2475).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?page=100")));
        Assert.Equal(
            await ExpectedAsync(q => q.OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(1000).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?page=41")));
        Assert.Equal(
            await ExpectedAsync(q => q.OrderByDescending(p => p.NameKey).ThenByDescending(p => p.Id).Skip(2000).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?desc=true&page=81")));
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Department == "35").OrderByDescending(p => p.Id).Skip(1500).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?dept=35&tri=creation&desc=true&page=61")));
        var last = (total - 1) / 25 + 1;
        Assert.Equal(
            await ExpectedAsync(q => q.OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip((last - 1) * 25)),
            Names(await client.GetDocumentAsync($"/prospects?page={last}")));
        Assert.Empty(Names(await client.GetDocumentAsync($"/prospects?page={last + 50}")));

        // A fiche saved since comes first in the order: the far pages move with it, nothing remembered is stale.
        var created = await client.PostFormAsync("/prospects/nouveau", new() { ["Kind"] = "Organisation", ["Name"] = "AAA Première", ["PostalCode"] = "35000", ["City"] = "Rennes", ["Status"] = "Suspect", ["Potential"] = "C" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(
            await ExpectedAsync(q => q.OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(2475).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?page=100")));
    }

    [Fact]
    public async Task Town_AmongTownsSharingItsStart_ExactlyItsFichesInAnyCase_InNameOrder()
    {
        var client = await app.AsAsync("eleve10");
        var own = await app.WorkspaceOfAsync("eleve10");
        // Towns that one range of the city index between the capitals and the small letters of « Saint-Brieuc » would
        // hold, the same town typed in other cases, and a town whose first letter is not ASCII.
        string[] towns = ["Saint-Brieuc", "SAINT-BRIEUC", "Saint-Brieuc-des-Iffs", "Saint-Malo", "saint-brieuc", "Saint Brieuc", "Évran", "évran", "ÉVRAN"];
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 180; i++)
            {
                var fiche = Fiche(own, $"Maison {(i * 37) % 180:D3}", corsica: false, i);
                fiche.City = towns[i % towns.Length];
                fiche.RefreshSearchFields();
                db.Prospects.Add(fiche);
            }
            return await db.SaveChangesAsync();
        });
        Task<List<string>> InTownsAsync(params string[] cities) =>
            app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == own && cities.Contains(p.City))
                .OrderBy(p => p.NameKey).ThenBy(p => p.Id).Select(p => p.Name).ToListAsync());

        var saintBrieuc = await InTownsAsync("Saint-Brieuc", "SAINT-BRIEUC", "saint-brieuc");
        Assert.Equal(60, saintBrieuc.Count);
        Assert.Equal(saintBrieuc, await AllPagesOfAsync(client, "ville=saint-brieuc"));
        Assert.Equal(saintBrieuc, await AllPagesOfAsync(client, "ville=%20Saint-BRIEUC%20"));
        Assert.Equal(await InTownsAsync("Saint-Brieuc-des-Iffs"), await AllPagesOfAsync(client, "ville=Saint-Brieuc-des-Iffs"));
        Assert.Equal(await InTownsAsync("Saint-Brieuc", "SAINT-BRIEUC", "saint-brieuc", "Saint-Brieuc-des-Iffs"), await AllPagesOfAsync(client, "ville=saint-brieuc%25"));
        // Accents and capitals are ignored, whatever the letter and the database (SQLite folds ASCII letters only itself):
        // « ÉvRAN », « évran », « Evran » and the patterns « evr% », « ÉVR%AN » find the fiches of « Évran », « évran »
        // and « ÉVRAN ».
        var evran = await InTownsAsync("Évran", "évran", "ÉVRAN");
        Assert.Equal(60, evran.Count);
        foreach (var typed in new[] { "%C3%89vRAN", "%C3%A9vran", "Evran", "evr%25", "%C3%89VR%25AN" })
        {
            Assert.Equal(evran, await AllPagesOfAsync(client, "ville=" + typed));
        }

        // The town's fiches come from the index on (WorkspaceId, CityKey, NameKey, Id), already in name order.
        QueryPlan.AssertReadInOrderFrom(await PlanAsync(own, new() { Ville = "Saint-Brieuc" }), "IX_Prospects_WorkspaceId_CityKey_NameKey_Id");
    }

    /// <summary>A fiche saved before the folded town existed gets it at start, and the town filter finds it.</summary>
    [Fact]
    public async Task Town_OfAFicheSavedBeforeTheFoldedTown_IsFilledAtStart()
    {
        var client = await app.AsAsync("eleve12");
        var own = await app.WorkspaceOfAsync("eleve12");
        var id = await app.WithDbAsync(async db =>
        {
            var fiche = Fiche(own, "Crêperie du Port", corsica: false, 1);
            fiche.City = "Étables-sur-Mer";
            fiche.RefreshSearchFields();
            db.Prospects.Add(fiche);
            await db.SaveChangesAsync();
            return fiche.Id;
        });
        // As a fiche written by the rules before the folded town: no key, version 1.
        await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CityKey, "").SetProperty(p => p.SearchVersion, 1)));
        Assert.DoesNotContain("Crêperie du Port", await AllPagesOfAsync(client, "ville=etables-sur-mer"));

        Assert.True(await app.WithDbAsync(db => ProspectSearchRefresh.RunAsync(db, CancellationToken.None)) >= 1);
        Assert.Equal(["Crêperie du Port"], await AllPagesOfAsync(client, "ville=%C3%89TABLES-SUR-MER"));
    }

    [Fact]
    public async Task Section_InNameOrder_BothWays_ReadFromItsOwnIndex_NothingSorted()
    {
        var own = await app.WorkspaceOfAsync("eleve11");

        foreach (var plan in new[] { await PlanAsync(own, new() { Section = "Q" }), await PlanAsync(own, new() { Section = "Q", Desc = true }) })
        {
            QueryPlan.AssertReadInOrderFrom(plan, "IX_Prospects_WorkspaceId_NafSection_NameKey");
        }
    }

    /// <summary>The plan of a list page's query (its first 25 ids).</summary>
    private async Task<string> PlanAsync(int workspaceId, ProspectQuery query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ProspectService>();
        return await QueryPlan.OfAsync(db, service.Filter(workspaceId, query).Select(p => p.Id).Take(25));
    }

    private static Prospect Fiche(int workspaceId, string name, bool corsica, int i)
    {
        var p = new Prospect
        {
            WorkspaceId = workspaceId,
            Kind = ProspectKind.Organisation,
            Name = name,
            PostalCode = corsica ? (i % 2 == 0 ? "20000" : "20137") : "35000",
            City = corsica ? (i % 2 == 0 ? "Ajaccio" : "Porto-Vecchio") : "Rennes",
            Department = corsica ? "2A" : "35",
            NafCode = corsica ? "99.00Z" : "69.20Z",
            NafSection = corsica ? "U" : "M",
            Status = (ProspectStatus)(i % 3),
            Potential = (Potential)(i % 3),
            LastContactAtUtc = i % 4 == 0 ? null : DateTime.UtcNow.AddDays(-(i % 200)),
        };
        p.RefreshSearchFields();
        return p;
    }
}
