using System.Text.RegularExpressions;

namespace ClasseCRM.Web.Domain.Contacting;

/// <summary>What a merge field is replaced with for one recipient of a mailing.</summary>
public sealed record MergeData(Civility? Civility, string FirstName, string LastName, string JobTitle, string CompanyName, string City, string Signature);

/// <summary>
/// The mail merge (publipostage) of a letter or e-mail template: fields in braces — {civilité}, {nom}, {prénom},
/// {fonction}, {raison sociale}, {ville}, {signature} — replaced per recipient. Field names ignore case and accents,
/// so {Prenom} and {prénom} are the same field; an unknown field is an error the student sees before sending.
/// </summary>
public static partial class MailMerge
{
    public static readonly IReadOnlyList<string> Fields = ["{civilité}", "{nom}", "{prénom}", "{fonction}", "{raison sociale}", "{ville}", "{signature}"];

    [GeneratedRegex(@"\{([^{}\r\n]{1,40})\}")]
    private static partial Regex FieldPattern();

    /// <summary>The fields of the template that do not exist, as typed (e.g. "{adresse}").</summary>
    public static IReadOnlyList<string> UnknownFields(string? template) =>
        string.IsNullOrEmpty(template)
            ? []
            : FieldPattern().Matches(template).Where(m => Value(m.Groups[1].Value, Sample) is null).Select(m => m.Value).Distinct().ToList();

    /// <summary>The template with every known field replaced for the recipient; unknown fields are left as typed.</summary>
    public static string Render(string template, MergeData data)
    {
        var text = FieldPattern().Replace(template, m => Value(m.Groups[1].Value, data) ?? m.Value);
        // An empty field ("{civilité} {nom}," with nobody named) leaves no stray space before a comma or a full stop.
        text = SpaceBeforePunctuation().Replace(text, "$1");
        return DoubleSpaces().Replace(text, " ");
    }

    [GeneratedRegex(@"[ \t]+([,.])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"(?<=\S)[ \t]{2,}")]
    private static partial Regex DoubleSpaces();

    private static readonly MergeData Sample = new(null, "", "", "", "", "", "");

    private static string? Value(string field, MergeData d) => TextFolding.Fold(field) switch
    {
        // Without a named person, the letter greets "Madame, Monsieur".
        "civilite" => d.Civility switch { Domain.Civility.Madame => "Madame", Domain.Civility.Monsieur => "Monsieur", _ => "Madame, Monsieur" },
        "nom" => d.LastName,
        "prenom" => d.FirstName,
        // The title agrees with the civilité (« Gérante » for Madame), whatever form the file holds.
        "fonction" => JobTitles.For(d.JobTitle, d.Civility),
        "raison sociale" or "entreprise" => d.CompanyName,
        "ville" => d.City,
        "signature" => d.Signature,
        _ => null,
    };
}
