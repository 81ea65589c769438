namespace ClasseCRM.Web.Data.Reference;

/// <summary>
/// A diploma's référentiel as shipped in seeds/referentiels (DOMAIN.md « Two référentiels »): its blocs or units with
/// their competencies and the épreuves that assess them, the document students hand in, and the criteria a written
/// document can show (each tied to a competency). Wording not confirmed by the official text is marked unverified.
/// </summary>
public sealed record Referentiel(
    string Key,
    string Name,
    string ShortName,
    string Source,
    DateOnly CheckedOn,
    ReferentielDocument Document,
    IReadOnlyList<ReferentielBloc> Blocs,
    IReadOnlyList<WrittenCriterion> WrittenCriteria)
{
    public IEnumerable<ReferentielCompetency> Competencies => Blocs.SelectMany(b => b.Competencies);

    public ReferentielCompetency? FindCompetency(string key) => Competencies.FirstOrDefault(c => c.Key == key);
}

/// <summary>
/// The document students hand in under this référentiel: « Compte rendu d'opération… » or « Synthèse écrite », with the
/// short noun screens use (« compte rendu », « synthèse ») and its gender, so that messages agree with it.
/// </summary>
public sealed record ReferentielDocument(string Title, string Subtitle, string Noun, string NounPlural, bool Feminine)
{
    public string FullTitle => $"{Title} — {Subtitle}";

    /// <summary>« Comptes rendus », « Synthèses »: the menu and list title.</summary>
    public string Plural => char.ToUpperInvariant(NounPlural[0]) + NounPlural[1..];

    /// <summary>« Nouveau compte rendu », « Nouvelle synthèse ».</summary>
    public string New => $"{(Feminine ? "Nouvelle" : "Nouveau")} {Noun}";

    /// <summary>« rendu », « rendue »: the past participle agreeing with the noun.</summary>
    public string HandedIn => Feminine ? "rendue" : "rendu";

    /// <summary>« le compte rendu », « la synthèse ».</summary>
    public string The => $"{(Feminine ? "la" : "le")} {Noun}";
}

/// <summary>A bloc de compétences (MCV) or a unit (2002) and the épreuve that assesses it.</summary>
public sealed record ReferentielBloc(string Code, string Unit, string Name, ReferentielExam Exam, IReadOnlyList<ReferentielCompetency> Competencies);

public sealed record ReferentielExam(string Code, string Name, string Mode, bool Verified);

/// <summary>A competency under the app's own key (the official texts number none); <see cref="Verified"/> when its wording was read in an official table.</summary>
public sealed record ReferentielCompetency(string Key, string Label, bool Verified);

/// <summary>A criterion a written document can show, tied to the competency it gives evidence of.</summary>
public sealed record WrittenCriterion(string Key, string Label, string Competency);
