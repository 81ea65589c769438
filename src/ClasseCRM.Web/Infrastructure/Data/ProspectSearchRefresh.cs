using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// At start, writes again the search text of every fiche written by older search rules
/// (<see cref="Prospect.SearchVersion"/> below <see cref="Prospect.CurrentSearchVersion"/>), in batches, so that a change
/// of the rules (issue 18: joined forms of names, notes) reaches the whole file and not only the fiches saved since. The
/// triggers keep the full-text index and the vocabulary in step. A stop half-way leaves the rest for the next start. It
/// runs without a user (system access scope), so it reaches every workspace.
/// </summary>
public static class ProspectSearchRefresh
{
    private const int Batch = 500;

    /// <summary>How many fiches were written again.</summary>
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var done = 0;
        var after = 0;
        while (true)
        {
            // From where the last batch stopped (by id): each batch reads its own fiches, not again those done before.
            var batch = await db.Prospects
                .Where(p => p.Id > after && p.SearchVersion < Prospect.CurrentSearchVersion)
                .OrderBy(p => p.Id)
                .Include(p => p.Contacts)
                .Take(Batch)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return done;
            }
            foreach (var prospect in batch)
            {
                prospect.RefreshSearchFields();
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += batch.Count;
            after = batch[^1].Id;
        }
    }
}
