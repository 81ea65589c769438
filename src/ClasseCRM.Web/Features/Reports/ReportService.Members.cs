using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Reports;

/// <summary>The class dashboard's binômes: each member's figures, read from the author of each action.</summary>
public sealed partial class ReportService
{
    private const string Unattributed = "non attribué";

    /// <summary>
    /// Binômes without losing the individual (issue 16): the same rows as the workspace's figures — calls, letters and
    /// e-mails sent, visits reported, RDV, confirmed orders with their CA HT and marge — grouped in SQL by workspace and
    /// author. A workspace of two members or more gets one line per member (zeros included), one per other author
    /// (a former member), and « non attribué » for the actions without author when there are some: the lines add up to
    /// the workspace's row, whose figures stay those of the whole workspace.
    /// </summary>
    private async Task<List<ClassDashboardRow>> WithMembersAsync(List<int> ids, List<ClassDashboardRow> rows, MemberDocuments documents, CancellationToken ct)
    {
        var groups = await ByAuthorAsync(ids, ct);
        var members = await db.WorkspaceMembers.IgnoreQueryFilters().AsNoTracking().Where(m => ids.Contains(m.WorkspaceId))
            .Select(m => new { m.WorkspaceId, m.StudentId, m.Student!.FirstName, m.Student.LastName }).ToListAsync(ct);
        var authorIds = groups.Where(g => g.AuthorId is not null).Select(g => g.AuthorId!).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.FirstName + " " + u.LastName }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return rows.Select(r =>
        {
            var own = groups.Where(g => g.WorkspaceId == r.WorkspaceId).ToList();
            var pupils = members.Where(m => m.WorkspaceId == r.WorkspaceId)
                .OrderBy(m => m.LastName, FrenchNameComparer.Instance).ThenBy(m => m.FirstName, FrenchNameComparer.Instance).ToList();
            var lines = new List<MemberDashboardLine>();
            if (pupils.Count >= 2)
            {
                lines.AddRange(pupils.Select(p =>
                {
                    var mine = documents.Of(r.WorkspaceId, p.StudentId);
                    return Line($"{p.FirstName} {p.LastName}", false, own.Where(g => g.AuthorId == p.StudentId)) with { SynthesisId = mine?.Id, SynthesisStatus = documents.State(mine) };
                }));
                lines.AddRange(own.Where(g => g.AuthorId is not null && pupils.All(p => p.StudentId != g.AuthorId)).GroupBy(g => g.AuthorId!)
                    .Select(g => Line(names.GetValueOrDefault(g.Key, "compte supprimé"), false, g)));
                if (own.Where(g => g.AuthorId is null).ToList() is { Count: > 0 } unattributed)
                {
                    lines.Add(Line(Unattributed, true, unattributed));
                }
            }
            return r with { Sends = own.Sum(g => g.Sends), Visits = own.Sum(g => g.Visits), Members = lines };
        }).ToList();
    }

    private static MemberDashboardLine Line(string name, bool isUnattributed, IEnumerable<AuthorFigures> figures)
    {
        var list = figures.ToList();
        return new MemberDashboardLine(name, isUnattributed, list.Sum(f => f.Calls), list.Sum(f => f.Sends), list.Sum(f => f.Visits),
            list.Sum(f => f.Appointments), list.Sum(f => f.Orders), list.Sum(f => f.Revenue), list.Sum(f => f.Margin));
    }

    /// <summary>Each kind of action counted per workspace and author in SQL, the same filters as the workspace's row.</summary>
    private async Task<List<AuthorFigures>> ByAuthorAsync(List<int> ids, CancellationToken ct)
    {
        var calls = await db.CallLogs.IgnoreQueryFilters().Where(c => ids.Contains(c.WorkspaceId)).GroupBy(c => new { c.WorkspaceId, c.AuthorId })
            .Select(g => new AuthorFigures(g.Key.WorkspaceId, g.Key.AuthorId, g.Count(), 0, 0, g.Count(c => c.Outcome == CallOutcome.AppointmentMade), 0, 0, 0))
            .ToListAsync(ct);
        var sends = await db.MailingSends.IgnoreQueryFilters().Where(m => ids.Contains(m.WorkspaceId)).GroupBy(m => new { m.WorkspaceId, m.AuthorId })
            .Select(g => new AuthorFigures(g.Key.WorkspaceId, g.Key.AuthorId, 0, g.Count(), 0, g.Count(m => m.Result == MailingResult.AnswerAppointment), 0, 0, 0))
            .ToListAsync(ct);
        var visits = await db.Visits.IgnoreQueryFilters().Where(v => ids.Contains(v.WorkspaceId) && (v.ReportedAtUtc != null || v.Result != null))
            .GroupBy(v => new { v.WorkspaceId, v.AuthorId })
            .Select(g => new AuthorFigures(g.Key.WorkspaceId, g.Key.AuthorId, 0, 0, g.Count(v => v.ReportedAtUtc != null), g.Count(v => v.Result == VisitResult.Appointment), 0, 0, 0))
            .ToListAsync(ct);
        var orders = await db.Orders.IgnoreQueryFilters().ConfirmedSales().Where(o => ids.Contains(o.WorkspaceId)).GroupBy(o => new { o.WorkspaceId, o.AuthorId })
            .Select(g => new AuthorFigures(g.Key.WorkspaceId, g.Key.AuthorId, 0, 0, 0, 0, g.Count(), g.Sum(o => o.NetExclVat), g.Sum(o => o.Margin)))
            .ToListAsync(ct);
        return [.. calls, .. sends, .. visits, .. orders];
    }
}

/// <summary>
/// The class's documents, to give each member of a binôme their own latest one (each hands in their own): the latest
/// handed in, or the latest draft; with the state in words agreeing with the document.
/// </summary>
internal sealed record MemberDocuments(List<Domain.Syntheses.Synthesis> All, Func<Domain.Syntheses.Synthesis?, string> State)
{
    public Domain.Syntheses.Synthesis? Of(int workspaceId, string studentId) => All
        .Where(s => s.WorkspaceId == workspaceId && s.AuthorId == studentId)
        .OrderByDescending(s => s.Status != Domain.Syntheses.SynthesisStatus.Draft).ThenByDescending(s => s.HandedInAtUtc ?? s.CreatedAtUtc).ThenByDescending(s => s.Id)
        .FirstOrDefault();
}

/// <summary>Actions of one author (null: not recorded) in one workspace, one kind at a time.</summary>
internal sealed record AuthorFigures(int WorkspaceId, string? AuthorId, int Calls, int Sends, int Visits, int Appointments, int Orders, decimal Revenue, decimal Margin);
