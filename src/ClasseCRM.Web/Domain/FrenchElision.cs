using System.Text.RegularExpressions;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// « de » before a name that starts with a vowel is written « d' » (« Centre dentaire d'Argentré-du-Plessis », « Retour
/// d'Agence Dumont »). Only before a capital vowel: a name, not a common word (« de la », « de une » are never produced).
/// A name starting with H is left alone: the h may be aspirated (« de Hambourg », « du Havre »).
/// </summary>
public static partial class FrenchElision
{
    /// <summary>Every « de » of <paramref name="text"/> followed by a name starting with a vowel, elided.</summary>
    public static string Apply(string text) => DeBeforeVowel().Replace(text, "d'${v}");

    /// <summary>« de » and the name, elided when the name starts with a vowel.</summary>
    public static string De(string name) => Apply("de " + name);

    [GeneratedRegex(@"\bde (?<v>[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ])")]
    private static partial Regex DeBeforeVowel();
}
