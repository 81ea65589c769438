namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The cover page (DOMAIN.md, page de garde): the class, the établissement of the class (<see cref="Domain.School"/>) and the school
/// year of the period (« 2026-2027 », shown « Année scolaire : 2026-2027 »). The pupil, the entreprise support and the operations come from
/// the document and its facts.
/// </summary>
public sealed record SynthesisCover(string ClassName, string School, string SchoolYear)
{
    /// <summary>A school year starts on 1 September: November 2026 and March 2027 are both in « 2026-2027 ».</summary>
    public static string SchoolYearOf(DateOnly day)
    {
        var start = day.Month >= 9 ? day.Year : day.Year - 1;
        return $"{start}-{start + 1}";
    }
}
