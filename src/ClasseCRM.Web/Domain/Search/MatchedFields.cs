namespace ClasseCRM.Web.Domain.Search;

/// <summary>
/// Which fields of a fiche a search matched, in words for the result list (« entreprise », « contact Marie Le Roux »,
/// « ville », « e-mail », « téléphone », « note »…), by the rules the index applies (<see cref="SearchTerms"/>): the first
/// way of reading the query whose every word starts a word of the fiche names the fields those words were found in.
/// </summary>
public static class MatchedFields
{
    /// <summary>The labels of the fields the query matched, each once, in the fiche's order; empty when none did.</summary>
    public static List<string> Of(ProspectSearchFields fiche, string? query) => Of(fiche, Ways(query));

    /// <summary>The ways a typed query is read (<see cref="SearchTerms.Alternatives(string)"/>), once for a page of fiches.</summary>
    public static List<List<string>> Ways(string? query) => SearchTerms.Alternatives(SearchTerms.Needle(query));

    /// <summary><see cref="Of(ProspectSearchFields, string)"/> with the query already read (<see cref="Ways"/>).</summary>
    public static List<string> Of(ProspectSearchFields fiche, List<List<string>> alternatives)
    {
        if (alternatives[0].Count == 0)
        {
            return [];
        }
        var fields = Fields(fiche);
        foreach (var alternative in alternatives)
        {
            if (EveryWordFound(fields, alternative))
            {
                return Labels(fields, alternative);
            }
        }
        // The index matched on a text these fields no longer give word for word (written by older rules): any word found.
        return Labels(fields, alternatives.SelectMany(a => a).ToList());
    }

    private static bool EveryWordFound(List<Field> fields, List<string> words)
    {
        foreach (var word in words)
        {
            if (!fields.Exists(f => f.Has(word)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The labels of the fields where one of the words is found, each once, in the fiche's order.</summary>
    private static List<string> Labels(List<Field> fields, List<string> words)
    {
        var labels = new List<string>();
        foreach (var field in fields)
        {
            if (!labels.Contains(field.Label) && words.Exists(field.Has))
            {
                labels.Add(field.Label);
            }
        }
        return labels;
    }

    /// <summary>Each field of the fiche with its label and the words it is found by.</summary>
    private static List<Field> Fields(ProspectSearchFields fiche)
    {
        // A field found by its words alone (no joined forms) is read where it is, without cutting it into words.
        static Field Plain(string label, params string?[] texts) => new(label, string.Join(' ', texts.Select(TextFolding.Fold)), cut: null);
        static Field Digits(string label, IEnumerable<string?> phones) =>
            new(label, string.Join(' ', phones.Select(TextFolding.Digits).Where(d => d.Length > 0)), cut: null);
        var name = TextFolding.Fold(fiche.Name);
        var fields = new List<Field>
        {
            new(fiche.Kind == ProspectKind.Individual ? "nom" : "entreprise", name, () => SearchTerms.FoldedNameTokens(name)),
        };
        foreach (var c in fiche.Contacts)
        {
            fields.Add(new($"contact {c.FirstName} {c.LastName}".Trim(), TextFolding.Fold($"{c.FirstName} {c.LastName}"), () =>
            {
                var tokens = SearchTerms.NameTokens(c.FirstName, whole: true);
                tokens.AddRange(SearchTerms.NameTokens(c.LastName, whole: true));
                return tokens;
            }));
        }
        var city = TextFolding.Fold(fiche.City);
        fields.Add(new("ville", city, () => SearchTerms.FoldedNameTokens(city)));
        fields.Add(Plain("code postal", fiche.PostalCode));
        fields.Add(Plain("e-mail", [fiche.Email, .. fiche.Contacts.Select(c => c.Email)]));
        fields.Add(Digits("téléphone", [fiche.Phone, .. fiche.Contacts.Select(c => c.Phone)]));
        fields.Add(Plain("SIRET", fiche.Siret));
        fields.Add(Plain("note", fiche.Notes));
        return fields;
    }

    /// <summary>
    /// A field, its label and its words. A field without <paramref name="cut"/> is found by the runs of letters and digits
    /// of its folded text, read in place (<see cref="SearchTerms.StartsAWordOf"/>). A name's words are cut only when
    /// needed: each is such a run or several joined, so a query word that does not occur in the folded text with its signs
    /// and spaces removed starts none of them.
    /// </summary>
    private sealed class Field(string label, string folded, Func<List<string>>? cut)
    {
        private readonly string? squeezed = cut is null ? null : TextFolding.LettersAndDigits(folded);
        private List<string>? tokens;

        public string Label => label;

        public bool Has(string word) =>
            cut is null
                ? SearchTerms.StartsAWordOf(folded, word)
                : squeezed!.Contains(word, StringComparison.Ordinal) && SearchTerms.AnyStartsWith(tokens ??= cut(), word);
    }
}
