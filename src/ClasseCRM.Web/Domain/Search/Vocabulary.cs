namespace ClasseCRM.Web.Domain.Search;

/// <summary>
/// Where « Vouliez-vous dire … ? » reads a workspace's words (<see cref="Spelling"/>): whether a word starts one of them,
/// and which could be close to it, with its first letter or with any other.
/// </summary>
public interface IVocabulary
{
    /// <summary>Whether some word of the file starts with this one (a search word is a word's start).</summary>
    Task<bool> StartsAWordAsync(string word, CancellationToken ct);

    /// <summary>The file's words that could be within <see cref="Spelling.MaxEdits"/> of the word and start with its letter.</summary>
    Task<List<string>> CandidatesAsync(string word, CancellationToken ct);

    /// <summary>The file's words of a near length that start with another letter (the first letter may be the mistake).</summary>
    Task<List<string>> AnyFirstLetterCandidatesAsync(string word, CancellationToken ct);
}

/// <summary>
/// A workspace's words held in memory, in ordinal order: read once and asked many
/// times — a 100 000-fiche file has a few thousand words, and a search that found nothing asks for the words of one
/// letter, or of all letters, of a near length.
/// </summary>
public sealed class Vocabulary : IVocabulary
{
    private readonly string[] _words;

    /// <param name="words">The words, in any order (they are put in ordinal order).</param>
    public Vocabulary(IEnumerable<string> words) => _words = words.Order(StringComparer.Ordinal).ToArray();

    public Task<bool> StartsAWordAsync(string word, CancellationToken ct) => Task.FromResult(StartsAWord(word));

    public Task<List<string>> CandidatesAsync(string word, CancellationToken ct) => Task.FromResult(Candidates(word));

    public Task<List<string>> AnyFirstLetterCandidatesAsync(string word, CancellationToken ct) => Task.FromResult(AnyFirstLetterCandidates(word));

    public bool StartsAWord(string word)
    {
        var at = First(word);
        return at < _words.Length && _words[at].StartsWith(word, StringComparison.Ordinal);
    }

    public List<string> Candidates(string word)
    {
        var (shortest, longest) = Lengths(word);
        var candidates = new List<string>();
        for (var i = First(word[..1]); i < _words.Length && _words[i][0] == word[0]; i++)
        {
            if (_words[i].Length >= shortest && _words[i].Length <= longest)
            {
                candidates.Add(_words[i]);
            }
        }
        return candidates;
    }

    public List<string> AnyFirstLetterCandidates(string word)
    {
        var (shortest, longest) = Lengths(word);
        return _words.Where(w => w[0] != word[0] && w.Length >= shortest && w.Length <= longest).ToList();
    }

    private static (int Shortest, int Longest) Lengths(string word)
    {
        var edits = Spelling.MaxEdits(word.Length);
        return (word.Length - edits, word.Length + edits);
    }

    /// <summary>The index of the first word not before this one in ordinal order.</summary>
    private int First(string word)
    {
        var at = Array.BinarySearch(_words, word, StringComparer.Ordinal);
        return at >= 0 ? at : ~at;
    }
}
