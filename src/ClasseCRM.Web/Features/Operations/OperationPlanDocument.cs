using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Syntheses;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// The student's plans in the handed-in document, as blocks the PDF and the DOCX lay out: the justifications of each
/// operation (target, technique, calendar, budget), and the annexes — plan d'appel, argumentaire, lettre / e-mail — of
/// the texts the student wrote (a text still the scenario's is not the student's work, and is not annexed). Pure:
/// everything comes from the <see cref="OperationPlanSnapshot"/>s (<see cref="OperationPlanService.SnapshotsAsync"/>).
/// </summary>
public static class OperationPlanDocument
{
    public const string ScriptAnnex = "Annexe — plan d'appel";
    public const string PitchAnnex = "Annexe — argumentaire";
    public const string LetterAnnex = "Annexe — lettre / e-mail";

    private const string NotWritten = "non renseigné";

    /// <summary>Per operation: its name and channel, then the target's criteria and why, the technique and why, the calendar, the budget.</summary>
    public static IEnumerable<DocBlock> Justifications(IEnumerable<OperationPlanSnapshot> plans, int headingLevel = 3)
    {
        foreach (var p in plans)
        {
            yield return new DocHeading($"« {p.OperationName} » — {Labels.Of(p.Channel)}", headingLevel);
            yield return new DocParagraph($"Critères de la cible : {p.TargetCriteria}");
            yield return Line("Justification de la cible", p.TargetJustification);
            yield return Line("Justification de la technique et du canal", p.TechniqueJustification);
            yield return Line("Calendrier", p.Calendar);
            yield return new DocParagraph($"Budget prévu : {(p.Budget is { } b ? French.Money(b) + " HT" : NotWritten)}", Muted: p.Budget is null);
        }
    }

    /// <summary>The three annexes, each only when at least one operation has the student's own text for it, one sub-part per operation.</summary>
    public static IEnumerable<DocBlock> Annexes(IEnumerable<OperationPlanSnapshot> plans, int headingLevel = 2)
    {
        var list = plans.ToList();
        var scripts = list.Where(p => p.Script is not null).ToList();
        if (scripts.Count > 0)
        {
            yield return new DocHeading(ScriptAnnex, headingLevel);
            foreach (var p in scripts)
            {
                yield return new DocHeading($"« {p.OperationName} »", headingLevel + 1);
                yield return new DocParagraph(p.Script!);
            }
        }
        var pitches = list.Where(p => p.Pitch is { IsEmpty: false }).ToList();
        if (pitches.Count > 0)
        {
            yield return new DocHeading(PitchAnnex, headingLevel);
            foreach (var p in pitches)
            {
                yield return new DocHeading($"« {p.OperationName} »", headingLevel + 1);
                if (!string.IsNullOrWhiteSpace(p.Pitch!.Hook))
                {
                    yield return new DocParagraph(p.Pitch.Hook);
                }
                if (p.Pitch.Arguments.Count > 0)
                {
                    yield return new DocTable($"Argumentaire CAP — {p.OperationName}", ["Caractéristique", "Avantage", "Preuve"],
                        p.Pitch.Arguments.Select(a => (IReadOnlyList<string>)[a.Characteristic, a.Advantage, a.Proof]).ToList(), []);
                }
            }
        }
        var letters = list.Where(p => p.LetterBody is not null).ToList();
        if (letters.Count > 0)
        {
            yield return new DocHeading(LetterAnnex, headingLevel);
            foreach (var p in letters)
            {
                yield return new DocHeading($"« {p.OperationName} »", headingLevel + 1);
                yield return new DocParagraph($"Objet : {p.LetterSubject}");
                yield return new DocParagraph(p.LetterBody!);
            }
        }
    }

    private static DocParagraph Line(string label, string? text) =>
        string.IsNullOrWhiteSpace(text) ? new DocParagraph($"{label} : {NotWritten}", Muted: true) : new DocParagraph($"{label} : {text}");
}
