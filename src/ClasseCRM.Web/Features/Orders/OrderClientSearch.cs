using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>The search behind the quote/order client picker (the JSON for its script, and « Chercher » without script).</summary>
public static class OrderClientSearch
{
    public const int MatchLimit = 20;

    /// <summary>
    /// The fiches of this workspace only (never another student's, never an anonymised one) whose name, town, postal code,
    /// phone, e-mail or contact holds every word typed (accents and case ignored), the names that start with the first
    /// word first; <see cref="MatchLimit"/> at most.
    /// </summary>
    public static async Task<List<ClientChoice>> SearchAsync(AppDbContext db, int workspaceId, string? text, CancellationToken ct)
    {
        var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var query = db.Prospects.AsNoTracking().Where(p => p.WorkspaceId == workspaceId && !p.IsAnonymised);
        foreach (var word in words)
        {
            query = query.Where(p => p.SearchText.Contains(word));
        }
        var first = words[0];
        var rows = await query.OrderBy(p => p.NameKey.StartsWith(first) ? 0 : 1).ThenBy(p => p.NameKey).ThenBy(p => p.Id)
            .Take(MatchLimit).Select(p => new { p.Id, p.Name, p.City }).ToListAsync(ct);
        return rows.Select(p => new ClientChoice(p.Id, $"{p.Name} ({p.City})")).ToList();
    }
}
