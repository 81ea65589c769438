using System.Globalization;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Features.Rubrics;
using ClasseCRM.Web.Features.Syntheses;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Competencies;

/// <summary>
/// The livret view of a class: per pupil and per competency, the levels reached across every assessment of the year (the
/// class's documents), in the order they were assessed. A pupil's documents are those they wrote, and those their binôme
/// wrote before documents were individual. In one assessment a competency's level is the lowest level of its criteria
/// that were assessed (« non évalué » counts for nothing): a competency is « acquis » when each of its criteria is.
/// </summary>
public sealed class CompetencyTracker(AppDbContext db, RubricService rubrics)
{
    private static readonly string[] Header = ["Nom", "Prénom", "Espace", "Document", "État", "Note /20", "Évaluations"];

    public async Task<TrackerViewModel> ForClassAsync(SchoolClass c, CancellationToken ct)
    {
        var referentiel = rubrics.ReferentielOf(c);
        var pupils = (await db.Enrollments.AsNoTracking().Where(e => e.ClassId == c.Id)
                .Select(e => new { e.StudentId, e.Student!.LastName, e.Student.FirstName }).ToListAsync(ct))
            .OrderBy(p => p.LastName, FrenchNameComparer.Instance).ThenBy(p => p.FirstName, FrenchNameComparer.Instance).ThenBy(p => p.StudentId, StringComparer.Ordinal)
            .ToList();
        var members = await db.WorkspaceMembers.AsNoTracking().Where(m => m.Workspace!.ClassId == c.Id)
            .Select(m => new { m.StudentId, m.WorkspaceId, m.Workspace!.Name }).ToListAsync(ct);
        var documents = await db.Syntheses.AsNoTracking().Where(s => s.Workspace!.ClassId == c.Id)
            .Select(s => new TrackedDocument(s, db.SynthesisAssessments.FirstOrDefault(a => a.SynthesisId == s.Id))).ToListAsync(ct);

        var gridOrder = rubrics.Of(c).Units.Select(u => u.Code).ToList();
        var rows = new List<TrackerRow>();
        foreach (var pupil in pupils)
        {
            var workspaces = members.Where(m => m.StudentId == pupil.StudentId).ToList();
            var mine = documents.Where(d => d.Synthesis.AuthorId == pupil.StudentId
                || (d.Synthesis.AuthorId is null && workspaces.Any(w => w.WorkspaceId == d.Synthesis.WorkspaceId))).ToList();
            // One document gives « Document », « État » and « Note »: the latest handed in (a new draft does not hide it),
            // or the latest draft when none is handed in yet.
            var latest = mine.OrderByDescending(d => d.Synthesis.Status != SynthesisStatus.Draft).ThenByDescending(d => d.Synthesis.HandedInAtUtc ?? d.Synthesis.CreatedAtUtc)
                .ThenByDescending(d => d.Synthesis.Version).ThenByDescending(d => d.Synthesis.Id).FirstOrDefault();
            var levels = new Dictionary<string, List<ReachedLevel>>();
            foreach (var d in mine.Where(d => d.Assessment is not null).OrderBy(d => d.Assessment!.AssessedAtUtc).ThenBy(d => d.Assessment!.Id))
            {
                foreach (var (code, level, name) in CompetencyLevels(rubrics.Of(d.Assessment!), SynthesisAssessmentService.LevelsOf(d.Assessment!)))
                {
                    (levels.TryGetValue(code, out var list) ? list : levels[code] = []).Add(new ReachedLevel(level, name, d.Synthesis.Title, d.Assessment!.AssessedAtUtc));
                }
            }
            rows.Add(new TrackerRow(pupil.StudentId, pupil.LastName, pupil.FirstName, string.Join(", ", workspaces.Select(w => w.Name)),
                latest?.Synthesis, latest is null ? "non rendu" : State(latest.Synthesis, rubrics.DocumentOf(latest.Synthesis.Referentiel ?? c.Referentiel)), latest?.Assessment?.Mark,
                mine.Count(d => d.Assessment is not null), levels));
        }
        var seen = rows.SelectMany(r => r.Levels.Keys).ToHashSet();
        var columns = referentiel.Competencies.Where(k => gridOrder.Contains(k.Key) || seen.Contains(k.Key)).Select(k => new TrackerColumn(k.Key, k.Label))
            .Concat(seen.Where(code => referentiel.FindCompetency(code) is null).Order(StringComparer.Ordinal)
                .Select(code => new TrackerColumn(code, documents.Select(d => d.Assessment).OfType<SynthesisAssessment>().SelectMany(a => rubrics.Of(a).Units).FirstOrDefault(u => u.Code == code)?.Name ?? code)))
            .ToList();
        return new TrackerViewModel(c.Id, c.Name, c.SchoolYear, referentiel.ShortName, referentiel.Document, columns, rows);
    }

    /// <summary>Per competency (or older unit) of an assessment: the lowest level among its assessed criteria.</summary>
    public static IEnumerable<(string Code, int Level, string Name)> CompetencyLevels(Rubric rubric, IReadOnlyDictionary<string, int> levels) =>
        rubric.Units
            .Select(u => (u.Code, Assessed: u.Criteria.Select(cr => levels.TryGetValue($"{u.Code} · {cr}", out var l) ? l : Rubric.NotAssessed).Where(l => l >= 0 && l < rubric.Levels.Count).ToList()))
            .Where(u => u.Assessed.Count > 0)
            .Select(u => (u.Code, u.Assessed.Min(), rubric.Levels[u.Assessed.Min()]));

    /// <summary>The state in words, agreeing with the document (« évalué » compte rendu, « évaluée » synthèse).</summary>
    private static string State(Synthesis s, Data.Reference.ReferentielDocument doc)
    {
        var label = SynthesisStates.InText(s, doc);
        return s.Status == SynthesisStatus.Assessed && s.IsLate ? $"{label} ({doc.HandedIn} en retard)" : label;
    }

    /// <summary>One row per pupil for CSV and XLSX: surname, first name, workspace, document, state, mark, then the levels per competency.</summary>
    public static IEnumerable<string?[]> Rows(TrackerViewModel t)
    {
        yield return Header.Concat(t.Columns.Select(c => $"{c.Code} {c.Label}")).ToArray();
        foreach (var r in t.Rows)
        {
            yield return new[] { r.LastName, r.FirstName, r.Workspace, r.Latest?.Title, r.State, r.Mark?.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR")), r.Assessments.ToString(CultureInfo.InvariantCulture) }
                .Concat(t.Columns.Select(c => r.Levels.TryGetValue(c.Code, out var l) ? string.Join(" → ", l.Select(x => x.Name)) : null)).ToArray();
        }
    }

    private sealed record TrackedDocument(Synthesis Synthesis, SynthesisAssessment? Assessment);
}
