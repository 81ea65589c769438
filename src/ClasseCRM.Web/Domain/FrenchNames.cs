using System.Globalization;
using System.Text;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// A person's name as the French write it: every part of a surname or a first name starts with a capital — after a
/// space, a hyphen or an apostrophe (« Le Roux », « Da Silva », « D'Almeida », « Jean-Baptiste ») — and keeps its accents
/// (« André », « Lefèvre », « Noël »). The generator's name lists (Bogus, fr) drop some accents and capitals and carry a
/// few typing slips (« Florent, », « Mauricette' »): this puts them right, the same way for every draw.
/// </summary>
public static class FrenchNames
{
    /// <summary>Names of the generator's lists written without their accents (or with a wrong one), as they are spelt.</summary>
    private static readonly Dictionary<string, string> Spelling = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Andre"] = "André",
        ["Lefevre"] = "Lefèvre",
        ["Francois"] = "François",
        ["Guerin"] = "Guérin",
        ["Clement"] = "Clément",
        ["Gerard"] = "Gérard",
        ["Noel"] = "Noël",
        ["Riviere"] = "Rivière",
        ["Menard"] = "Ménard",
        ["Prevost"] = "Prévost",
        ["Laine"] = "Lainé",
        ["Carre"] = "Carré",
        ["Remy"] = "Rémy",
        ["Abigaelle"] = "Abigaëlle",
        ["Arsènie"] = "Arsénie",
        ["Jeanne d’Arc"] = "Jeanne",
    };

    /// <summary>The surname, with its capitals and accents.</summary>
    public static string LastName(string name) => Proper(name);

    /// <summary>The first name, with its capitals and accents.</summary>
    public static string FirstName(string name) => Proper(name);

    private static string Proper(string name)
    {
        var trimmed = name.Trim().TrimEnd(',', '\'', '’', '.', ';').Trim();
        if (Spelling.TryGetValue(trimmed, out var spelt))
        {
            return spelt;
        }
        var text = new StringBuilder(trimmed.Length);
        var startOfPart = true;
        foreach (var c in trimmed.Replace('’', '\''))
        {
            text.Append(startOfPart ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            startOfPart = c is ' ' or '-' or '\'';
        }
        return text.ToString();
    }
}
