using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain.Syntheses;

namespace ClasseCRM.Web.Features.Competencies;

/// <summary>The livret view of a class: its competencies as columns and one row per pupil.</summary>
public sealed record TrackerViewModel(int ClassId, string ClassName, string SchoolYear, string Referentiel, ReferentielDocument Document, List<TrackerColumn> Columns, List<TrackerRow> Rows);

/// <summary>A competency of the référentiel (or a unit of an older grid) that the class's grid or an assessment uses.</summary>
public sealed record TrackerColumn(string Code, string Label);

/// <summary>
/// A pupil: their latest document and its state, the mark of their latest marked assessment, how many assessments they
/// have, and per competency the levels reached, oldest first.
/// </summary>
public sealed record TrackerRow(string StudentId, string LastName, string FirstName, string Workspace, Synthesis? Latest, string State, decimal? Mark, int Assessments, Dictionary<string, List<ReachedLevel>> Levels);

/// <summary>A level reached in one assessment (0 = non acquis … 3 = maîtrisé), with the document and the date.</summary>
public sealed record ReachedLevel(int Level, string Name, string Document, DateTime AssessedAtUtc)
{
    /// <summary>NA, EC, A, M: the short form a livret uses.</summary>
    public string Short => Level switch { 0 => "NA", 1 => "EC", 2 => "A", _ => "M" };
}
