namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// What the document adds to its facts in 1. Contexte and 2. Organisation: the justification the student wrote for each
/// operation (by operation id, shown under « Contexte ») and the annexes (the tour plan, the pupil's plan d'appel or
/// script, letter…, shown under « Organisation »). The extension point for the plan written in Features/Operations:
/// <see cref="SynthesisService"/> fills it in one place and it is frozen with the facts at hand-in.
/// </summary>
public sealed record DocumentAnnexes(Dictionary<int, string> Justifications, List<DocumentAnnex> Annexes)
{
    public static DocumentAnnexes Empty => new([], []);

    public bool IsEmpty => Justifications.Count == 0 && Annexes.Count == 0;
}
