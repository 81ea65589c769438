using System.Text;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Prospects;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>
/// Search results are remembered a minute per file version: every saved change (form, quick status, import in its
/// transaction) shows at once. And a file larger than a class's (over 5 000 fiches, where the search counts first and
/// walks or looks up its matches) gives the same pages as a small one.
/// </summary>
public sealed class ProspectSearchTests(TestApp app) : IClassFixture<TestApp>
{
    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task RememberedSearch_SeesCreateStatusChangeAndImportAtOnce()
    {
        var client = await app.AsAsync("eleve6");
        Assert.Contains("0 fiche", (await client.GetDocumentAsync("/prospects?q=quenouille")).Text());

        // Created with the form.
        var created = await client.PostFormAsync("/prospects/nouveau", new()
        {
            ["Kind"] = "Organisation",
            ["Name"] = "Quenouille Atelier",
            ["PostalCode"] = "29000",
            ["City"] = "Quimper",
            ["Status"] = "Prospect",
            ["Potential"] = "B",
        });
        created.AssertRedirectsTo("/prospects/");
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(["Quenouille Atelier"], Names(await client.GetDocumentAsync("/prospects?q=quenouille")));
        Assert.Empty(Names(await client.GetDocumentAsync("/prospects?q=quenouille&statut=Client")));

        // Its status changed from the fiche.
        await client.PostFormAsync($"/prospects/{id}/statut", new() { ["statut"] = "Client", ["potentiel"] = "A" }, formPage: $"/prospects/{id}");
        Assert.Equal(["Quenouille Atelier"], Names(await client.GetDocumentAsync("/prospects?q=quenouille&statut=Client")));

        // Imported (the rows are written in one transaction).
        var csv = "nom;code_postal;ville;statut\nQuenouille Filature;29200;Brest;prospect\n";
        var upload = await client.PostFileAsync("/prospects/import", "fichier", "quenouille.csv", Encoding.UTF8.GetBytes(csv));
        upload.AssertRedirectsTo("/prospects/import/");
        var import = upload.Headers.Location!.OriginalString;
        await client.ApplyImportAsync(import);
        var after = await client.GetDocumentAsync("/prospects?q=quenouille");
        Assert.Equal(["Quenouille Atelier", "Quenouille Filature"], Names(after));
        Assert.Contains("2 fiches", after.Text());

        // Another student's search finds neither: the full-text index is the school's, the list the workspace's.
        var neighbour = await app.AsAsync("eleve10");
        var theirs = await neighbour.GetDocumentAsync("/prospects?q=quenouille");
        Assert.Empty(Names(theirs));
        Assert.Contains("0 fiche", theirs.Text());
    }

    [Fact]
    public async Task SearchWhileATransactionIsOpen_IsNotRememberedPastItsCommit()
    {
        var workspace = await app.WorkspaceOfAsync("eleve8");
        async Task<List<string>> SearchAsync()
        {
            List<string> names = [];
            await app.RunAsync<ProspectService>(async service =>
                names = (await service.ListAsync(workspace, new ProspectQuery { Q = "bergamote" }, CancellationToken.None)).Items.Select(i => i.Name).ToList());
            return names;
        }
        Assert.Empty(await SearchAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using (var transaction = await writer.Database.BeginTransactionAsync())
        {
            var prospect = new Prospect { WorkspaceId = workspace, Kind = ProspectKind.Organisation, Name = "Bergamote et Cie", PostalCode = "56000", City = "Vannes", Department = "56" };
            prospect.RefreshSearchFields();
            writer.Prospects.Add(prospect);
            await writer.SaveChangesAsync();
            // Another request searches before the commit: it sees the file as it was, and must not keep that answer.
            Assert.Empty(await SearchAsync());
            await transaction.CommitAsync();
        }

        Assert.Equal(["Bergamote et Cie"], await SearchAsync());
    }

    [Fact]
    public async Task Search_ReadsTheFullTextIndex_OnEitherProvider()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A compound query, with its joined alternative (« le roux » = « leroux »): one index read, no scan of the fiches.
        var plan = await QueryPlan.OfAsync(db, ProspectSearchIndex.MatchingIds(db, "le roux")!);
        if (QueryPlan.OnPostgreSql)
        {
            Assert.Contains("Bitmap Index Scan on \"IX_Prospects_SearchVector\"", plan, StringComparison.Ordinal);
            // The stored vector is read, not computed again from the search text.
            Assert.True(plan.Contains("Index Cond: (\"SearchVector\" @@", StringComparison.Ordinal), plan);
            Assert.DoesNotContain("ProspectSearchVector", plan, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("VIRTUAL TABLE INDEX", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("SCAN Prospects", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LargeFile_ManyOrFewMatches_SamePagesAsTheDatabaseOrder()
    {
        var client = await app.AsAsync("eleve7");
        var own = await app.WorkspaceOfAsync("eleve7");
        var other = await app.WorkspaceOfAsync("eleve9");
        // 5 200 fiches: 4 937 others, 260 "Tartempion" created in an order unrelated to their names, 3 "Zorglub".
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5200; i++)
            {
                var (name, city) = i switch
                {
                    < 260 => ($"Tartempion {(i * 7919) % 1000:D3}", i % 3 == 0 ? "Brest" : "Rennes"),
                    < 263 => ($"Zorglub {i}", "Vannes"),
                    _ => ($"Entreprise {i:D5}", "Lorient"),
                };
                var p = new Prospect
                {
                    WorkspaceId = own,
                    Kind = ProspectKind.Organisation,
                    Name = name,
                    PostalCode = "35000",
                    City = city,
                    Department = "35",
                    Status = i % 2 == 0 ? ProspectStatus.Prospect : ProspectStatus.Suspect,
                };
                p.RefreshSearchFields();
                db.Prospects.Add(p);
            }
            // The same names in another student's file: the full-text index holds them too, the list never shows them.
            foreach (var name in new[] { "Tartempion 000", "Tartempion 001", "Zorglub 0" })
            {
                var p = new Prospect { WorkspaceId = other, Kind = ProspectKind.Organisation, Name = name, PostalCode = "35000", City = "Rennes", Department = "35" };
                p.RefreshSearchFields();
                db.Prospects.Add(p);
            }
            return await db.SaveChangesAsync();
        });
        Task<List<string>> ExpectedAsync(Func<IQueryable<Prospect>, IQueryable<Prospect>> query) =>
            app.WithDbAsync(db => query(db.Prospects.Where(p => p.WorkspaceId == own)).Select(p => p.Name).ToListAsync());

        // Many matches in name order: walked, on every page (the 11th is past the remembered 201).
        var pages = new List<string>();
        for (var page = 1; page <= 11; page++)
        {
            var document = await client.GetDocumentAsync($"/prospects?q=tartempion&page={page}");
            if (page == 1)
            {
                Assert.Contains("Plus de 200 fiches", document.Text());
            }
            pages.AddRange(Names(document));
        }
        Assert.Equal(await ExpectedAsync(q => q.Where(p => p.Name.StartsWith("Tartempion")).OrderBy(p => p.NameKey).ThenBy(p => p.Id)), pages);
        // The search box alone runs compiled statements; the name order asked for in the address takes the general path:
        // the same pages.
        Assert.Equal(pages.Skip(175).Take(25), Names(await client.GetDocumentAsync("/prospects?q=tartempion&tri=nom&page=8")));

        // Many matches in another order, and with a filter.
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Name.StartsWith("Tartempion")).OrderBy(p => p.City).ThenBy(p => p.Id).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?q=tartempion&tri=ville")));
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Name.StartsWith("Tartempion") && p.Status == ProspectStatus.Suspect).OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip(25).Take(25)),
            Names(await client.GetDocumentAsync("/prospects?q=tartempion&statut=Suspect&page=2")));

        // A page far past the end is empty, not an error.
        var far = await client.GetAsync("/prospects?q=tartempion&page=2147483647");
        Assert.Equal(System.Net.HttpStatusCode.OK, far.StatusCode);
        Assert.Empty(Names(await far.ReadDocumentAsync()));

        // Few matches: looked up, counted exactly.
        var few = await client.GetDocumentAsync("/prospects?q=zorglub");
        Assert.Contains("3 fiches", few.Text());
        Assert.Equal(await ExpectedAsync(q => q.Where(p => p.Name.StartsWith("Zorglub")).OrderBy(p => p.NameKey).ThenBy(p => p.Id)), Names(few));
        Assert.Equal(Names(few), Names(await client.GetDocumentAsync("/prospects?q=zorglub&tri=nom")));

        // Fewer than 200 matches with a filter, in other orders: read once, then put in the page's order, every page.
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Name.StartsWith("Tartempion") && p.City == "Brest" && p.Status == ProspectStatus.Suspect)
                .OrderByDescending(p => p.NameKey).ThenByDescending(p => p.Id).Skip(25)),
            Names(await client.GetDocumentAsync("/prospects?q=tartempion%20brest&statut=Suspect&tri=nom&desc=true&page=2")));
        var byStatus = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            byStatus.AddRange(Names(await client.GetDocumentAsync($"/prospects?q=tartempion%20brest&tri=statut&page={page}")));
        }
        Assert.Equal(
            await ExpectedAsync(q => q.Where(p => p.Name.StartsWith("Tartempion") && p.City == "Brest").OrderBy(p => p.Status).ThenBy(p => p.Id)),
            byStatus);
    }
}
