namespace ClasseCRM.Web.Domain.Search;

/// <summary>
/// Which fields of a fiche a search matched, in words for the result list (« entreprise », « contact Marie Le Roux »,
/// « ville », « e-mail », « téléphone », « note »…), by the rules the index applies (<see cref="SearchTerms"/>): the first
/// way of reading the query whose every word starts a word of the fiche names the fields those words were found in.
/// </summary>
public static class MatchedFields
{
    /// <summary>The labels of the fields the query matched, each once, in the fiche's order; empty when none did.</summary>
    public static List<string> Of(ProspectSearchFields fiche, string? query)
    {
        var words = SearchTerms.QueryWords(SearchTerms.Needle(query));
        if (words.Count == 0)
        {
            return [];
        }
        var fields = Fields(fiche);
        List<string> Labels(IEnumerable<string> found) =>
            fields.Where(f => found.Any(w => SearchTerms.AnyStartsWith(f.Tokens, w))).Select(f => f.Label).Distinct().ToList();
        var alternatives = SearchTerms.Alternatives(words);
        foreach (var alternative in alternatives)
        {
            if (alternative.All(w => fields.Any(f => SearchTerms.AnyStartsWith(f.Tokens, w))))
            {
                return Labels(alternative);
            }
        }
        // The index matched on a text these fields no longer give word for word (written by older rules): any word found.
        return Labels(alternatives.SelectMany(a => a));
    }

    /// <summary>Each field of the fiche with its label and the words it is found by.</summary>
    private static List<(string Label, List<string> Tokens)> Fields(ProspectSearchFields fiche)
    {
        static List<string> Plain(string? text) => SearchTerms.Words(TextFolding.Fold(text));
        static List<string> Digits(string? phone) => TextFolding.Digits(phone) is { Length: > 0 } d ? [d] : [];
        var fields = new List<(string, List<string>)>
        {
            (fiche.Kind == ProspectKind.Individual ? "nom" : "entreprise", SearchTerms.NameTokens(fiche.Name)),
        };
        foreach (var c in fiche.Contacts)
        {
            var tokens = SearchTerms.NameTokens(c.FirstName, whole: true);
            tokens.AddRange(SearchTerms.NameTokens(c.LastName, whole: true));
            fields.Add(($"contact {c.FirstName} {c.LastName}".Trim(), tokens));
        }
        fields.Add(("ville", SearchTerms.NameTokens(fiche.City)));
        fields.Add(("code postal", Plain(fiche.PostalCode)));
        fields.Add(("e-mail", Plain(fiche.Email).Concat(fiche.Contacts.SelectMany(c => Plain(c.Email))).ToList()));
        fields.Add(("téléphone", Digits(fiche.Phone).Concat(fiche.Contacts.SelectMany(c => Digits(c.Phone))).ToList()));
        fields.Add(("SIRET", Plain(fiche.Siret)));
        fields.Add(("note", Plain(fiche.Notes)));
        return fields;
    }
}
