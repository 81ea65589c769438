namespace ClasseCRM.Web.Domain.Search;

/// <summary>
/// « Vouliez-vous dire … ? »: the closest words of the workspace's own file to a word that found nothing, by edit
/// distance (a letter added, removed, changed, or two neighbours swapped each count one). A short word tolerates one
/// edit, a longer one two; words under <see cref="MinLength"/> letters, and words with digits, are never corrected.
/// </summary>
public static class Spelling
{
    /// <summary>Shorter words are too ambiguous to correct (« le », « du »), and the vocabulary does not keep them.</summary>
    public const int MinLength = 3;

    /// <summary>How many edits a word of this length may be away from its suggestion: 1 up to five letters, 2 beyond.</summary>
    public static int MaxEdits(int length) => length < MinLength ? 0 : length <= 5 ? 1 : 2;

    /// <summary>Whether a folded query word is one a suggestion may replace: letters only, long enough.</summary>
    public static bool IsCorrectable(string word) => word.Length >= MinLength && word.All(char.IsAsciiLetterLower);

    /// <summary>
    /// The candidates within <see cref="MaxEdits"/> of the word, closest first (then the length nearest the word's, then
    /// alphabetical), at most <paramref name="take"/>.
    /// </summary>
    public static List<string> Closest(string word, IEnumerable<string> vocabulary, int take)
    {
        var max = MaxEdits(word.Length);
        return vocabulary
            .Where(v => v != word)
            .Select(v => (Word: v, Distance: Distance(word, v, max)))
            .Where(c => c.Distance <= max)
            .OrderBy(c => c.Distance)
            .ThenBy(c => Math.Abs(c.Word.Length - word.Length))
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Take(take)
            .Select(c => c.Word)
            .ToList();
    }

    /// <summary>
    /// The optimal string alignment distance between two words (insertions, deletions, substitutions and swaps of two
    /// neighbouring letters), or <paramref name="max"/> + 1 as soon as it is known to exceed <paramref name="max"/>.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
