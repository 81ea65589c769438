namespace ClasseCRM.Web.Domain;

/// <summary>
/// The UAI of an établissement (Unité administrative immatriculée, ex-RNE): seven digits and a check letter, the
/// remainder of the number by 23 read in « ABCDEFGHJKLMNPRSTUVWXYZ » (I, O and Q left out): 0750654D.
/// </summary>
public static class Uai
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /// <summary>The code in capitals without spaces (« 0750654 d » → « 0750654D »); the empty string for nothing typed.</summary>
    public static string Normalize(string? text) =>
        string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>The check letter of seven digits.</summary>
    public static char CheckLetter(string digits) => Letters[int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 23];

    /// <summary>Null when <paramref name="normalized"/> is a valid UAI, else the French reason.</summary>
    public static string? Problem(string normalized)
    {
        if (normalized.Length != 8 || !normalized[..7].All(char.IsAsciiDigit) || !char.IsAsciiLetterUpper(normalized[7]))
        {
            return $"Le code UAI « {normalized} » doit compter 7 chiffres suivis d'une lettre (par exemple 0750654D).";
        }
        var expected = CheckLetter(normalized[..7]);
        return normalized[7] == expected
            ? null
            : $"La lettre clé du code UAI « {normalized} » ne correspond pas à ses chiffres (attendu : {normalized[..7]}{expected}).";
    }
}
