using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Infrastructure.Data;

/// <summary>
/// SQLite's query planner has statistics for every index of a file that has statistics at all: an index added by a
/// migration to an analyzed file is analyzed at the next start, or after the next import.
/// </summary>
[Trait(OnlyOn.Trait, OnlyOn.Sqlite)]
public sealed class PlannerStatisticsTests(TestApp app) : IClassFixture<TestApp>
{
    private const string TownIndex = "IX_Prospects_WorkspaceId_CityKey_NameKey_Id";

    private static Task<long> StatisticsRowsAsync(AppDbContext db, string index) =>
        db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE idx = {0}", index).SingleAsync();

    [Fact]
    public async Task AnIndexWithoutStatistics_InAnAnalyzedFile_IsAnalyzed_AndTheOthersKeepTheirs()
    {
        var (before, town, others) = await app.WithDbAsync(async db =>
        {
            // An analyzed file (as after an import) whose newest index has no statistics yet (as after a migration).
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"Prospects\";");
            var analyzed = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Prospects'").SingleAsync();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE idx = {0};", TownIndex);
            var missing = await StatisticsRowsAsync(db, TownIndex);

            await DatabaseMaintenance.OptimizeAsync(db, CancellationToken.None);

            return ((analyzed, missing), await StatisticsRowsAsync(db, TownIndex),
                await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Prospects'").SingleAsync());
        });

        Assert.True(before.analyzed > 10, $"{before.analyzed} index(es) analysé(s)");
        Assert.Equal(0, before.missing);
        Assert.Equal(1, town);
        Assert.Equal(before.analyzed, others);
    }
}
