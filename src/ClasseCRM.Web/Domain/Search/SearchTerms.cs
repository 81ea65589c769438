using System.Text;

namespace ClasseCRM.Web.Domain.Search;

/// <summary>
/// The tolerant matching rules of the prospect search (issue 18), shared by the index (what a fiche's search text holds),
/// the query (what is asked of the index) and the list (which field matched):
/// accents and case are folded (<see cref="TextFolding.Fold"/>); « & » and « et » are the same (« et » is left out of a
/// query of several words, and « & » separates words like any sign); spaces, hyphens and apostrophes are ignored when
/// comparing names (« Le Roux » = « Leroux » = « le-roux »): a name's joined forms are indexed beside its words, and a
/// query also tries its neighbouring words joined.
/// </summary>
public static class SearchTerms
{
    /// <summary>At most this many words of a query are searched (the rest is ignored).</summary>
    public const int MaxQueryWords = 8;

    /// <summary>Up to this many neighbouring query words are joined (« de la fontaine » → « delafontaine »).</summary>
    private const int MaxJoined = 3;

    /// <summary>Words that stick to the next one in a name: « Le Roux », « De La Fontaine », « Van Damme », « Saint Malo ».</summary>
    private static readonly HashSet<string> Particles =
        ["l", "d", "le", "la", "les", "de", "du", "des", "van", "von", "der", "den", "mac", "mc", "di", "da", "del", "della", "saint", "sainte", "st", "ste"];

    /// <summary>
    /// What is searched for a typed query: its folded text, or its digits alone when it is mostly digits (a phone typed
    /// with spaces or dots, « 02 99 … », is searched by its digits, which the search text holds).
    /// </summary>
    public static string Needle(string? query)
    {
        var needle = TextFolding.Fold(query);
        var digits = TextFolding.Digits(query);
        return needle.Length > 0 && digits.Length >= 4 && digits.Length >= needle.Count(char.IsLetterOrDigit) - 1 ? digits : needle;
    }

    /// <summary>The words of an already folded text as the full-text index cuts them: runs of letters and digits.</summary>
    public static List<string> Words(string folded)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    /// <summary>
    /// The words of a query (folded): « et » is left out when other words remain (« fabre et associes » finds « Fabre &amp;
    /// Associés », whose « & » is no word), and at most <see cref="MaxQueryWords"/> are kept.
    /// </summary>
    public static List<string> QueryWords(string folded) => QueryParts(folded).SelectMany(p => p).ToList();

    /// <summary>
    /// The words of a query as it was typed in parts separated by spaces, each part a word or a compound (« saint-malo »,
    /// « l'hermite » give two words), with the rules of <see cref="QueryWords"/>.
    /// </summary>
    public static List<List<string>> QueryParts(string folded)
    {
        var parts = folded.Split(' ').Select(Words).Where(p => p.Count > 0).ToList();
        if (parts.Count > 1 && parts.Any(p => p is not ["et"]))
        {
            parts.RemoveAll(p => p is ["et"]);
        }
        var kept = new List<List<string>>();
        var left = MaxQueryWords;
        foreach (var part in parts.TakeWhile(_ => left > 0))
        {
            kept.Add(part.Take(left).ToList());
            left -= kept[^1].Count;
        }
        return kept;
    }

    /// <summary>The ways a folded query is tried (<see cref="Alternatives(IReadOnlyList{List{string}})"/>).</summary>
    public static List<List<string>> Alternatives(string folded) => Alternatives(QueryParts(folded));

    /// <summary>
    /// The ways a query is tried, each a list of words that must all start a word of the fiche: the words as typed, then
    /// each way of writing one name without its spaces, hyphens or apostrophes: a compound typed whole (« le-roux »,
    /// « saint-meloir-des-ondes », as « leroux », « saintmeloirdesondes »), or a run of two or three words typed apart
    /// (« le roux » also as « leroux », « de la fontaine » as « delafontaine », « dela fontaine », « de lafontaine »). A
    /// compound is not cut into smaller joins, nor joined with the words around it: « saint-malo » is Saint-Malo or
    /// Saintmalo, never « mariesaint »; each such alternative costs the index a pass over every word it starts.
    /// </summary>
    public static List<List<string>> Alternatives(IReadOnlyList<List<string>> parts)
    {
        var words = parts.SelectMany(p => p).ToList();
        var alternatives = new List<List<string>> { words };
        void Join(int start, int length)
        {
            var joined = new List<string>(words.Count - length + 1);
            joined.AddRange(words.Take(start));
            joined.Add(string.Concat(words.Skip(start).Take(length)));
            joined.AddRange(words.Skip(start + length));
            alternatives.Add(joined);
        }
        // Where each part starts among the words, and whether it is a single word.
        var starts = new List<int>();
        for (int i = 0, at = 0; i < parts.Count; at += parts[i].Count, i++)
        {
            starts.Add(at);
        }
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Count > 1)
            {
                Join(starts[i], parts[i].Count);
            }
        }
        for (var length = 2; length <= MaxJoined; length++)
        {
            for (var first = 0; first + length <= parts.Count; first++)
            {
                if (parts.Skip(first).Take(length).All(p => p.Count == 1))
                {
                    Join(starts[first], length);
                }
            }
        }
        return alternatives;
    }

    /// <summary>
    /// The joined forms of a name that its words do not hold already, so that a search typed without its spaces,
    /// hyphens or apostrophes finds it: each compound (« Jean-Pierre » → jeanpierre, « L'Hermite » → lhermite), each
    /// particle with what follows (« Boulangerie Le Roux » → leroux, « De La Fontaine » → delafontaine, lafontaine), and
    /// with <paramref name="whole"/> the whole name (a contact's « Jean Pierre » → jeanpierre).
    /// </summary>
    public static List<string> JoinedForms(string? name, bool whole = false) => FoldedJoinedForms(TextFolding.Fold(name), whole);

    /// <summary><see cref="JoinedForms"/> of a name already folded.</summary>
    private static List<string> FoldedJoinedForms(string folded, bool whole)
    {
        var forms = new List<string>();
        if (folded.Length == 0)
        {
            return forms;
        }
        // Each space-separated part, as its words (a compound has several).
        var parts = folded.Split(' ').Select(Words).Where(p => p.Count > 0).ToList();
        void Add(string form)
        {
            if (form.Length > 2 && !forms.Contains(form))
            {
                forms.Add(form);
            }
        }
        foreach (var part in parts.Where(p => p.Count > 1))
        {
            Add(string.Concat(part));
        }
        for (var i = 0; i < parts.Count - 1; i++)
        {
            if (parts[i].Count == 1 && Particles.Contains(parts[i][0]))
            {
                // The run of particles from here, with the first word after it: « de la fontaine » → delafontaine.
                var end = i + 1;
                while (end < parts.Count - 1 && parts[end].Count == 1 && Particles.Contains(parts[end][0]))
                {
                    end++;
                }
                Add(string.Concat(parts.Skip(i).Take(end - i + 1).SelectMany(p => p)));
            }
        }
        if (whole && parts.Count > 1 && parts.Count <= 4)
        {
            Add(string.Concat(parts.SelectMany(p => p)));
        }
        return forms;
    }

    /// <summary>The words a name is found by: its own and its joined forms (<see cref="JoinedForms"/>).</summary>
    public static List<string> NameTokens(string? name, bool whole = false) => FoldedNameTokens(TextFolding.Fold(name), whole);

    /// <summary><see cref="NameTokens"/> of a name already folded (<see cref="TextFolding.Fold"/>).</summary>
    public static List<string> FoldedNameTokens(string folded, bool whole = false)
    {
        var tokens = Words(folded);
        tokens.AddRange(FoldedJoinedForms(folded, whole));
        return tokens;
    }

    /// <summary>
    /// Whether a query word (letters and digits) starts one of the words of an already folded text, its runs of letters
    /// and digits (<see cref="Words"/>), read in place: the word occurs where no letter or digit comes before it.
    /// </summary>
    public static bool StartsAWordOf(string folded, string word)
    {
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one of the tokens starts with the query word (the index searches words by their start).</summary>
    public static bool AnyStartsWith(IEnumerable<string> tokens, string word)
    {
        foreach (var token in tokens)
        {
            if (token.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
