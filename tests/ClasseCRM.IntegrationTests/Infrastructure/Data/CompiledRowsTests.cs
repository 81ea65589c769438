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
/// the query gives when run asynchronously, in its order, with its parameter; a cancelled request reads nothing.
/// </summary>
[Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
public sealed class CompiledRowsTests
{
    private static readonly CompiledRows<string, string> SchoolsOfCity =
        new((db, city) => db.Schools.IgnoreQueryFilters().Where(s => s.City == city).OrderBy(s => s.Name).Select(s => s.Name));

    [Fact]
    public async Task OnSqlite_TheQuerysRowsInItsOrder_ForEachParameter_AndNothingOnceCancelled()
    {
        var folder = Path.Combine(Path.GetTempPath(), "classecrm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseClasseCrmDatabase(new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "classecrm.db")};Pooling=False"));
        await using var db = new AppDbContext(options.Options).For(new AccessScope(new HttpContextAccessor()));
        await db.Database.MigrateAsync();
        db.Schools.AddRange(
            new School { Name = "Lycée Chateaubriand", City = "Rennes" },
            new School { Name = "Lycée Bréquigny", City = "Rennes" },
            new School { Name = "Lycée Jules Verne", City = "Nantes" });
        await db.SaveChangesAsync();

        var rennes = await SchoolsOfCity.ListAsync(db, "Rennes", CancellationToken.None);

        Assert.Equal(["Lycée Bréquigny", "Lycée Chateaubriand"], rennes);
        Assert.Equal(await db.Schools.IgnoreQueryFilters().Where(s => s.City == "Rennes").OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(), rennes);
        Assert.Equal(["Lycée Jules Verne"], await SchoolsOfCity.ListAsync(db, "Nantes", CancellationToken.None));
        Assert.Empty(await SchoolsOfCity.ListAsync(db, "Brest", CancellationToken.None));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SchoolsOfCity.ListAsync(db, "Rennes", new CancellationToken(canceled: true)));
    }
}
