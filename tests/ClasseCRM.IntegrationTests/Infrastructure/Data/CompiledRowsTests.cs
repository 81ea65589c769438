using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Infrastructure.Data;

/// <summary>
/// A query compiled both ways (<see cref="CompiledRows{TParam, TResult}"/>) reads on SQLite, synchronously, the rows
/// the query gives when run asynchronously, in its order, with its parameter and with the access scope of the context it
/// runs on (one compiled query shared by two students); a cancelled request reads nothing.
/// </summary>
[Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
public sealed class CompiledRowsTests : IDisposable
{
    private static readonly CompiledRows<string, string> SchoolsOfCity =
        new((db, city) => db.Schools.IgnoreQueryFilters().Where(s => s.City == city).OrderBy(s => s.Name).Select(s => s.Name));

    private static readonly CompiledRows<string, int> WorkspacesOfWord =
        new((db, word) => db.Set<SearchWordRow>().Where(w => w.Word == word).OrderBy(w => w.WorkspaceId).Select(w => w.WorkspaceId));

    private readonly string folder = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task OnSqlite_TheQuerysRowsInItsOrder_ForEachParameter_AndNothingOnceCancelled()
    {
        await using var db = await MigratedAsync(new AccessScope(new HttpContextAccessor()));
        db.Schools.AddRange(
            new School { Name = "Lycée Chateaubriand", City = "Rennes" },
            new School { Name = "Lycée Bréquigny", City = "Rennes" },
            new School { Name = "Lycée Jules Verne", City = "Nantes" });
        await db.SaveChangesAsync();

        var rennes = await SchoolsOfCity.ListAsync(db, "Rennes", CancellationToken.None);

        Assert.True(SynchronousReads.Apply(db));
        Assert.Equal(["Lycée Bréquigny", "Lycée Chateaubriand"], rennes);
        Assert.Equal(await db.Schools.IgnoreQueryFilters().Where(s => s.City == "Rennes").OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(), rennes);
        Assert.Equal(["Lycée Jules Verne"], await SchoolsOfCity.ListAsync(db, "Nantes", CancellationToken.None));
        Assert.Empty(await SchoolsOfCity.ListAsync(db, "Brest", CancellationToken.None));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SchoolsOfCity.ListAsync(db, "Rennes", new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task OneCompiledQuery_TwoStudents_EachReadsOnlyTheWorkspacesOfTheirScope()
    {
        await using (var system = await MigratedAsync(new AccessScope(new HttpContextAccessor())))
        {
            system.Set<SearchWordRow>().AddRange(Enumerable.Range(1, 4).Select(w => new SearchWordRow { WorkspaceId = w, Word = "martin" }));
            await system.SaveChangesAsync();
        }
        var request = new HttpContextAccessor { HttpContext = new DefaultHttpContext() };
        try
        {
            var first = new AccessScope(request);
            first.Load(new AccessScopeData("eleve-a", Roles.Student, null, [1], [1], [], [], [], CurrentWorkspaceId: 1));
            var second = new AccessScope(request);
            second.Load(new AccessScopeData("eleve-b", Roles.Student, null, [2, 3], [2, 3], [], [], [], CurrentWorkspaceId: 3));
            await using var firstDb = Context(first);
            await using var secondDb = Context(second);

            Assert.Equal([1], await WorkspacesOfWord.ListAsync(firstDb, "martin", CancellationToken.None));
            Assert.Equal([2, 3], await WorkspacesOfWord.ListAsync(secondDb, "martin", CancellationToken.None));
            Assert.Equal([1], await WorkspacesOfWord.ListAsync(firstDb, "martin", CancellationToken.None));
        }
        finally
        {
            request.HttpContext = null;
        }
    }

    private AppDbContext Context(AccessScope scope)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseClasseCrmDatabase(new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "classecrm.db")};Pooling=False"));
        return new AppDbContext(options.Options).For(scope);
    }

    private async Task<AppDbContext> MigratedAsync(AccessScope scope)
    {
        Directory.CreateDirectory(folder);
        var db = Context(scope);
        await db.Database.MigrateAsync();
        return db;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
