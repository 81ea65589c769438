namespace ClasseCRM.Web.Domain.Search;

/// <summary>
/// Which fields of a fiche a search matched, in words for the result list (« entreprise », « contact Marie Le Roux »,
/// « ville », « e-mail », « téléphone », « note »…), by the rules the index applies (<see cref="SearchTerms"/>): the first
/// way of reading the query whose every word starts a word of the fiche names the fields those words were found in.
/// A result page asks it of each of its rows, so a field is folded only when a word is looked for in it and cut into its
/// joined forms only when its words alone do not answer (docs/BENCHMARKS.md « Eighteenth session »).
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
            if (!AnyHas(fields, word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AnyHas(List<Field> fields, string word)
    {
        foreach (var field in fields)
        {
            if (field.Has(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The labels of the fields where one of the words is found, each once, in the fiche's order.</summary>
    private static List<string> Labels(List<Field> fields, List<string> words)
    {
        var labels = new List<string>();
        foreach (var field in fields)
        {
            foreach (var word in words)
            {
                if (field.Has(word))
                {
                    var label = field.Label;
                    if (!labels.Contains(label))
                    {
                        labels.Add(label);
                    }
                    break;
                }
            }
        }
        return labels;
    }

    /// <summary>Each field of the fiche with its label and how it is read.</summary>
    private static List<Field> Fields(ProspectSearchFields fiche)
    {
        var fields = new List<Field>(fiche.Contacts.Count + 7)
        {
            new(fiche.Kind == ProspectKind.Individual ? "nom" : "entreprise", Reading.Name, fiche.Name),
        };
        foreach (var c in fiche.Contacts)
        {
            fields.Add(new(null, Reading.ContactName, c.FirstName, c.LastName));
        }
        fields.Add(new("ville", Reading.Name, fiche.City));
        fields.Add(new("code postal", Reading.Plain, fiche.PostalCode));
        fields.Add(new("e-mail", Reading.Plain, [fiche.Email, .. fiche.Contacts.Select(c => c.Email)]));
        fields.Add(new("téléphone", Reading.Digits, [fiche.Phone, .. fiche.Contacts.Select(c => c.Phone)]));
        fields.Add(new("SIRET", Reading.Plain, fiche.Siret));
        fields.Add(new("note", Reading.Plain, fiche.Notes));
        return fields;
    }

    /// <summary>
    /// How a field is found. <see cref="Plain"/>: by the runs of letters and digits of its folded texts, read in place
    /// (<see cref="SearchTerms.StartsAWordOf"/>); <see cref="Digits"/>: by each text's digits as one word; <see cref="Name"/>
    /// and <see cref="ContactName"/> (first name, last name): by their words and their joined forms
    /// (<see cref="SearchTerms.NameTokens"/>).
    /// </summary>
    private enum Reading { Plain, Digits, Name, ContactName }

    /// <summary>A field: its label (a contact's is its name) and its texts, folded and cut only when asked.</summary>
    private sealed class Field(string? label, Reading reading, params string?[] texts)
    {
        private string?[]? folded;
        private string? squeezed;
        private List<string>? tokens;

        public string Label => label ?? $"contact {texts[0]} {texts[1]}".Trim();

        public bool Has(string word)
        {
            // A phone's digits are one word: a word starts it where it starts it.
            folded ??= Array.ConvertAll<string?, string?>(texts, reading == Reading.Digits ? TextFolding.Digits : TextFolding.Fold);
            foreach (var text in folded)
            {
                if (reading == Reading.Digits ? text!.StartsWith(word, StringComparison.Ordinal) : SearchTerms.StartsAWordOf(text!, word))
                {
                    return true;
                }
            }
            if (reading is Reading.Plain or Reading.Digits)
            {
                return false;
            }
            // A name's joined forms are runs of its letters and digits: a word that is not among them starts none.
            squeezed ??= TextFolding.LettersAndDigits(string.Concat(folded));
            return squeezed.Contains(word, StringComparison.Ordinal) && SearchTerms.AnyStartsWith(tokens ??= Cut(), word);
        }

        private List<string> Cut()
        {
            var cut = new List<string>();
            foreach (var text in folded!)
            {
                cut.AddRange(SearchTerms.FoldedNameTokens(text!, whole: reading == Reading.ContactName));
            }
            return cut;
        }
    }
}
