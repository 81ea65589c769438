using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Syntheses;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// The student's plans in the handed-in document, in the shapes it freezes at hand-in (<see cref="DocumentAnnexes"/>): the justifications of each
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

    /// <summary>
    /// Per operation id, the text shown under 1. Contexte: the target's criteria and why, the technique and why, the
    /// calendar, the budget — what is not written yet says so, for the student to see what is missing.
    /// </summary>
    public static Dictionary<int, string> Justifications(IEnumerable<OperationPlanSnapshot> plans) =>
        plans.ToDictionary(p => p.OperationId, p => string.Join("\n",
            $"Canal : {Labels.Of(p.Channel)}",
            $"Critères de la cible : {p.TargetCriteria}",
            Line("Justification de la cible", p.TargetJustification, feminine: true),
            Line("Justification de la technique et du canal", p.TechniqueJustification, feminine: true),
            Line("Calendrier", p.Calendar),
            $"Budget prévu : {(p.Budget is { } b ? French.Money(b) + " HT" : NotWritten)}"));

    /// <summary>The annexes of 2. Organisation: each text the student wrote (plan d'appel, argumentaire CAP, lettre / e-mail), per operation.</summary>
    public static IEnumerable<DocumentAnnex> Annexes(IEnumerable<OperationPlanSnapshot> plans)
    {
        var list = plans.ToList();
        foreach (var p in list.Where(p => p.Script is not null))
        {
            yield return new DocumentAnnex($"{ScriptAnnex} — « {p.OperationName} »", p.Script);
        }
        foreach (var p in list.Where(p => p.Pitch is { IsEmpty: false }))
        {
            var pitch = p.Pitch!;
            yield return new DocumentAnnex($"{PitchAnnex} — « {p.OperationName} »", string.IsNullOrWhiteSpace(pitch.Hook) ? null : pitch.Hook,
                pitch.Arguments.Count == 0 ? null : new DocTable($"Argumentaire CAP — {p.OperationName}", ["Caractéristique", "Avantage", "Preuve"],
                    pitch.Arguments.Select(a => (IReadOnlyList<string>)[a.Characteristic, a.Advantage, a.Proof]).ToList(), []));
        }
        foreach (var p in list.Where(p => p.LetterBody is not null))
        {
            yield return new DocumentAnnex($"{LetterAnnex} — « {p.OperationName} »", $"Objet : {p.LetterSubject}\n\n{p.LetterBody}");
        }
    }

    private static string Line(string label, string? text, bool feminine = false) =>
        $"{label} : {(string.IsNullOrWhiteSpace(text) ? NotWritten + (feminine ? "e" : "") : text.Trim())}";
}
