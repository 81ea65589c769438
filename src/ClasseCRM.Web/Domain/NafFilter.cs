namespace ClasseCRM.Web.Domain;

/// <summary>
/// A NAF criterion as typed by a student: a section letter (« M ») or a sous-classe in any usual spelling (« 69.20Z »,
/// « 6920Z », « 69.20z », « 69 20 Z »), normalised to the way codes are stored (« M », « 69.20Z »).
/// </summary>
public sealed record NafFilter(NafFilterKind Kind, string Code, string Typed)
{
    public static readonly NafFilter None = new(NafFilterKind.None, "", "");

    /// <summary>Why a typed criterion is refused.</summary>
    public string InvalidMessage => $"« {Typed} » n'est ni une section NAF (une lettre de A à U) ni un code NAF (par exemple 69.20Z).";

    /// <summary>Reads a typed criterion: blank is no filter; anything that is neither a section nor a sous-classe is <see cref="NafFilterKind.Invalid"/>.</summary>
    public static NafFilter Parse(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return None;
        }
        var text = typed.Trim();
        var compact = new string(text.Where(c => c is not (' ' or '.' or '-')).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length == 1 && compact[0] is >= 'A' and <= 'U')
        {
            return new(NafFilterKind.Section, compact, text);
        }
        if (compact.Length == 5 && char.IsAsciiDigit(compact[0]) && char.IsAsciiDigit(compact[1]) && char.IsAsciiDigit(compact[2])
            && char.IsAsciiDigit(compact[3]) && char.IsAsciiLetterUpper(compact[4]))
        {
            return new(NafFilterKind.SubClass, $"{compact[..2]}.{compact[2..]}", text);
        }
        return new(NafFilterKind.Invalid, "", text);
    }
}
