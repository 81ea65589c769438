using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// Role cards (issue 19, item 1): one per fiche of a workspace's file, generated on first need from the scenario's
/// role-play part (or its defaults) and objection grid; the class's teacher reads and edits them and may regenerate a
/// whole file's cards. Students never read a card before their call (it holds what the prospect hides).
/// </summary>
public sealed class RoleCardService(AppDbContext db, AccessScope scope, TimeProvider clock)
{
    /// <summary>The scenario's role-play part as stored, or the defaults when its teacher wrote none.</summary>
    public async Task<ScenarioRolePlay> ProfileAsync(int scenarioId, CancellationToken ct) =>
        await db.ScenarioRolePlays.AsNoTracking().FirstOrDefaultAsync(r => r.ScenarioId == scenarioId, ct) ?? ScenarioRolePlay.Defaults(scenarioId);

    /// <summary>Saves the part of a scenario the teacher owns (the caller checked ownership).</summary>
    public async Task SaveProfileAsync(ScenarioRolePlay values, CancellationToken ct)
    {
        var stored = await db.ScenarioRolePlays.FirstOrDefaultAsync(r => r.ScenarioId == values.ScenarioId, ct);
        if (stored is null)
        {
            db.ScenarioRolePlays.Add(values);
        }
        else
        {
            db.Entry(stored).CurrentValues.SetValues(values);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The cards of the fiches asked for (every fiche of the workspace when null), generating those missing.</summary>
    public async Task<List<RoleCard>> EnsureAsync(int workspaceId, IReadOnlyCollection<int>? prospectIds, CancellationToken ct)
    {
        var cards = await db.RoleCards.Where(c => c.WorkspaceId == workspaceId && (prospectIds == null || prospectIds.Contains(c.ProspectId))).ToListAsync(ct);
        var missing = await db.Prospects.AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId && (prospectIds == null || prospectIds.Contains(p.Id)) && !db.RoleCards.Any(c => c.ProspectId == p.Id))
            .Select(p => new RoleCardFacts(p.WorkspaceId, p.Id, p.Kind == ProspectKind.Individual, p.CurrentSupplier))
            .ToListAsync(ct);
        if (missing.Count == 0)
        {
            return cards;
        }
        var (profile, grid) = await SourcesAsync(workspaceId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = missing.Select(f => RoleCardGenerator.Generate(f, profile, grid, now)).ToList();
        AllowTeacherWrite(workspaceId);
        db.RoleCards.AddRange(added);
        await db.SaveChangesAsync(ct);
        return [.. cards, .. added];
    }

    /// <summary>Draws every card of the workspace's file again from the scenario as it is now; hand edits are lost (the page says so).</summary>
    public async Task<int> RegenerateAsync(int workspaceId, CancellationToken ct)
    {
        AllowTeacherWrite(workspaceId);
        await db.RoleCards.Where(c => c.WorkspaceId == workspaceId).ExecuteDeleteAsync(ct);
        return (await EnsureAsync(workspaceId, null, ct)).Count;
    }

    /// <summary>A card the user may read (its workspace in scope), with its fiche's name; null otherwise (404).</summary>
    public async Task<(RoleCard Card, string ProspectName)?> FindAsync(int id, CancellationToken ct)
    {
        var row = await db.RoleCards.Where(c => c.Id == id)
            .Join(db.Prospects, c => c.ProspectId, p => p.Id, (c, p) => new { Card = c, p.Name })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : (row.Card, row.Name);
    }

    /// <summary>Applies the teacher's edit of a card (the caller validated the form).</summary>
    public async Task SaveAsync(RoleCard card, RoleCardEditViewModel m, CancellationToken ct)
    {
        AllowTeacherWrite(card.WorkspaceId);
        card.PickUp = m.PickUp;
        card.Reachability = m.Reachability!.Trim();
        card.ReachableHour = RoleCardGenerator.HourOf(card.Reachability);
        card.CurrentSupplier = m.CurrentSupplier?.Trim() ?? "";
        card.HiddenNeed = m.HiddenNeed?.Trim() ?? "";
        card.Budget = decimal.Round(m.Budget!.Value, 2, MidpointRounding.AwayFromZero);
        card.DominantMotive = m.DominantMotive;
        card.BuyingSignals = (m.BuyingSignals ?? "").ReplaceLineEndings("\n").Trim();
        card.AcceptsWhen = m.AcceptsWhen?.Trim() ?? "";
        card.Objections = m.Objections.Where(o => !string.IsNullOrWhiteSpace(o.Text))
            .Select(o => new RoleCardObjection { Text = o.Text!.Trim(), Type = o.Type?.Trim() ?? "", Firmness = o.Firmness }).ToList();
        card.EditedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The fiches of a workspace with their card (generated on the way), by name.</summary>
    public async Task<List<RoleCardListItem>> ListAsync(int workspaceId, CancellationToken ct)
    {
        var cards = (await EnsureAsync(workspaceId, null, ct)).ToDictionary(c => c.ProspectId);
        var names = await db.Prospects.AsNoTracking().Where(p => p.WorkspaceId == workspaceId).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return names.Where(n => cards.ContainsKey(n.Id)).OrderBy(n => n.Name, FrenchNameComparer.Instance)
            .Select(n => new RoleCardListItem(cards[n.Id], n.Name)).ToList();
    }

    private async Task<(ScenarioRolePlay Profile, List<ScenarioObjection> Grid)> SourcesAsync(int workspaceId, CancellationToken ct)
    {
        var scenarioId = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.ScenarioId).FirstAsync(ct);
        var grid = await db.ScenarioObjections.AsNoTracking().Where(o => o.ScenarioId == scenarioId).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        return (await ProfileAsync(scenarioId, ct), grid);
    }

    /// <summary>The class's teacher writes the cards of their pupils' workspaces (a pupil writes their own as they play).</summary>
    private void AllowTeacherWrite(int workspaceId)
    {
        if (scope.IsTeacher)
        {
            scope.AllowClassTeacherWrite(workspaceId);
        }
    }
}
