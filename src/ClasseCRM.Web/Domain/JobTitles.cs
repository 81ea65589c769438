namespace ClasseCRM.Web.Domain;

/// <summary>
/// A job title agrees with the person who holds it (« Mme Paul — Gérante », « M. Duval — Assistant de direction »):
/// the words before the first preposition (« de », « des », « du », « d' », « en », « à », « aux », « chez ») take the
/// form of the civilité, from a table of the titles the practice files use and common ones; a word not in the table
/// (« Comptable », « Responsable », a noun after « de ») is kept as typed.
/// </summary>
public static class JobTitles
{
    /// <summary>Masculine form → feminine form, one word each.</summary>
    private static readonly (string Masculine, string Feminine)[] Words =
    [
        ("gérant", "gérante"), ("cogérant", "cogérante"), ("assistant", "assistante"), ("directeur", "directrice"),
        ("codirecteur", "codirectrice"), ("président", "présidente"), ("vice-président", "vice-présidente"),
        ("administrateur", "administratrice"), ("chef", "cheffe"), ("second", "seconde"), ("adjoint", "adjointe"),
        ("administratif", "administrative"), ("commercial", "commerciale"), ("général", "générale"),
        ("financier", "financière"), ("technique", "technique"), ("technicien", "technicienne"),
        ("informaticien", "informaticienne"), ("acheteur", "acheteuse"), ("vendeur", "vendeuse"),
        ("conseiller", "conseillère"), ("attaché", "attachée"), ("chargé", "chargée"), ("délégué", "déléguée"),
        ("employé", "employée"), ("associé", "associée"), ("fondateur", "fondatrice"), ("cofondateur", "cofondatrice"),
        ("propriétaire", "propriétaire"), ("exploitant", "exploitante"), ("artisan", "artisane"),
        ("boulanger", "boulangère"), ("pâtissier", "pâtissière"), ("boucher", "bouchère"), ("charcutier", "charcutière"),
        ("cuisinier", "cuisinière"), ("traiteur", "traiteuse"), ("restaurateur", "restauratrice"),
        ("hôtelier", "hôtelière"), ("épicier", "épicière"), ("caviste", "caviste"), ("fleuriste", "fleuriste"),
        ("pharmacien", "pharmacienne"), ("infirmier", "infirmière"), ("médecin", "médecin"), ("avocat", "avocate"),
        ("expert-comptable", "experte-comptable"), ("économe", "économe"), ("intendant", "intendante"),
        ("secrétaire", "secrétaire"), ("magasinier", "magasinière"), ("logisticien", "logisticienne"),
        ("ingénieur", "ingénieure"), ("contrôleur", "contrôleuse"), ("superviseur", "superviseuse"),
        ("coordinateur", "coordinatrice"), ("coordonnateur", "coordonnatrice"), ("animateur", "animatrice"),
        ("formateur", "formatrice"), ("consultant", "consultante"), ("agent", "agente"), ("maire", "maire"),
        ("principal", "principale"), ("proviseur", "proviseure"), ("adjoint", "adjointe"), ("marketing", "marketing"),
        ("juridique", "juridique"), ("régional", "régionale"), ("national", "nationale"), ("délégué", "déléguée"),
        ("particulier", "particulière"), ("premier", "première"), ("responsable", "responsable"),
    ];

    private static readonly Dictionary<string, string> ToFeminine = Words
        .GroupBy(w => w.Masculine, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Feminine, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> ToMasculine = Words
        .GroupBy(w => w.Feminine, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Masculine, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Prepositions = new(["de", "des", "du", "d'", "d’", "en", "à", "au", "aux", "chez", "pour", "et"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The title in the form of <paramref name="civility"/>; without a civilité, the title as typed.</summary>
    public static string For(string? title, Civility? civility)
    {
        if (string.IsNullOrWhiteSpace(title) || civility is null)
        {
            return title ?? "";
        }
        var table = civility == Civility.Madame ? ToFeminine : ToMasculine;
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Prepositions.Contains(word) || word.StartsWith("d'", StringComparison.OrdinalIgnoreCase) || word.StartsWith("d’", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            if (table.TryGetValue(word, out var other))
            {
                words[i] = SameCase(word, other);
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>The form of the title the other way round keeps the capital letters the student typed (« Gérant » → « Gérante », « GÉRANT » → « GÉRANTE »).</summary>
    private static string SameCase(string typed, string form)
    {
        if (typed.Length > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return form.ToUpperInvariant();
        }
        return char.IsUpper(typed[0]) ? char.ToUpperInvariant(form[0]) + form[1..] : form;
    }
}
