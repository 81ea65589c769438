namespace ClasseCRM.Web.Domain;

/// <summary>
/// Names in the order a French reader expects: accents, case and ligatures ignored (« Éclair », « Eclat », « Oeillet »,
/// « Œuvre », « zèbre », « Zoé »), by their folded form (<see cref="TextFolding.Fold"/>, the same key the prospect list
/// sorts on in SQL); names that fold alike keep a stable order (the unaccented spelling first).
/// </summary>
public sealed class FrenchNameComparer : IComparer<string?>
{
    public static readonly FrenchNameComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var folded = string.CompareOrdinal(TextFolding.Fold(x), TextFolding.Fold(y));
        return folded != 0 ? folded : string.CompareOrdinal(x, y);
    }
}
