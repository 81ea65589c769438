using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClasseCRM.IntegrationTests.Data.Migrations;

/// <summary>
/// The migration that turns the "[Accord demandé] " prefix of the notes into a request: down, the waiting request of the
/// demo (eleve1's quote) becomes the prefix again; up, every prefix becomes a request (drafts without agreement) and leaves the notes.
/// </summary>
public sealed class QuoteAccordRequestsMigrationTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Prefix = "[Accord demandé] ";

    [Fact]
    public async Task DownThenUp_PrefixedNotesBecomeRequests_AndLoseThePrefix()
    {
        var ws = await app.WorkspaceOfAsync("eleve1");
        var (asked, others) = await app.WithDbAsync(async db =>
        {
            var draft = await db.Orders.Where(o => o.WorkspaceId == ws).AsQueryable().AwaitingApproval().SingleAsync();
            var two = await db.Orders.Where(o => o.WorkspaceId == ws && o.Status != OrderStatus.Draft).OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
            return (draft, two);
        });
        Assert.Equal(2, others.Count);

        await app.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            var mine = all.FindIndex(m => m.EndsWith("_QuoteAccordRequests", StringComparison.Ordinal));
            await migrator.MigrateAsync(all[mine - 1]);
            // As notes were before: the waiting request is the prefix again; two sent documents carry an old prefix.
            var notes = await db.Database.SqlQuery<string>($"SELECT \"Notes\" AS \"Value\" FROM \"Orders\" WHERE \"Id\" = {asked.Id}").SingleAsync();
            Assert.Equal(Prefix + asked.Notes, notes);
            await db.Database.ExecuteSqlAsync($"UPDATE \"Orders\" SET \"Notes\" = {Prefix + "Ancienne note"} WHERE \"Id\" = {others[0]}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"Orders\" SET \"Notes\" = {Prefix} WHERE \"Id\" = {others[1]}");
            await migrator.MigrateAsync();
            return 0;
        });

        var after = await app.WithDbAsync(db => db.Orders.AsNoTracking().Where(o => o.Id == asked.Id || others.Contains(o.Id)).ToDictionaryAsync(o => o.Id));
        Assert.Equal((asked.CreatedAtUtc, asked.Notes), (after[asked.Id].ApprovalRequestedAtUtc, after[asked.Id].Notes));
        Assert.True(OrderApprovals.Awaits(after[asked.Id]));
        Assert.Equal(("Ancienne note", null), (after[others[0]].Notes, after[others[0]].ApprovalRequestedAtUtc));
        Assert.Equal((null, null), (after[others[1]].Notes, after[others[1]].ApprovalRequestedAtUtc));
    }
}
