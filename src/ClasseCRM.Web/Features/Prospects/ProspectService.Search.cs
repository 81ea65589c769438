using System.Text.RegularExpressions;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Search;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// What a search page says besides its rows (issue 18): which field each result matched, and when nothing matched,
/// « Vouliez-vous dire … ? » with the closest words of the workspace's own file.
/// </summary>
public sealed partial class ProspectService
{
    /// <summary>At most this many proposals, each of which finds at least one fiche with the list's filters.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// A result page's rows and the fields a search looks at, in one query: its rows' main contact is the first of the
    /// contacts read (the list's own rule: by role, then by id). A proposal's fiche is read with it too (<see cref="Spelt"/>).
    /// </summary>
    private static readonly CompiledRows<List<int>, SearchPageRow> SearchPageRows =
        new((db, ids) =>
            db.Prospects.AsNoTracking()
                .Where(p => ids.Contains(p.Id))
                .Select(p => new SearchPageRow(
                    new ProspectListItem(
                        p.Id, p.Name, p.Kind, p.PostalCode, p.City, p.Status, p.Potential, p.Phone, null,
                        p.LastContactAtUtc, p.CreatedAtUtc, p.EmailOpposition || p.PhoneOpposition || p.MailOpposition, p.IsAnonymised),
                    new ProspectSearchFields(
                        p.Id, p.Kind, p.Name, p.City, p.PostalCode, p.Email, p.Phone, p.Siret, p.Notes,
                        p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id)
                            .Select(c => new ContactSearchFields(c.FirstName, c.LastName, c.Email, c.Phone)).ToList()))));

    /// <summary>A row of a result page with the fields its search looks at.</summary>
    private sealed record SearchPageRow(ProspectListItem Row, ProspectSearchFields Fields);

    /// <summary>
    /// The rows of a result page, and for each the fields the search matched (<see cref="MatchedFields"/>): read with
    /// them, instead of reading the page's fiches a second time.
    /// </summary>
    private async Task<(Dictionary<int, ProspectListItem> Rows, Dictionary<int, List<string>> Matches)> SearchPageAsync(
        List<int> ids, string? search, CancellationToken ct)
    {
        var rows = new Dictionary<int, ProspectListItem>(ids.Count);
        var matched = new Dictionary<int, List<string>>(ids.Count);
        var ways = MatchedFields.Ways(search);
        foreach (var (row, fiche) in await SearchPageRows.ListAsync(db, ids, ct))
        {
            rows[row.Id] = row with { MainContact = fiche.Contacts is [var main, ..] ? main.FirstName + " " + main.LastName : null };
            matched[row.Id] = MatchedFields.Of(fiche, ways);
        }
        return (rows, matched);
    }

    /// <summary>
    /// <see cref="SuggestionsAsync"/>, remembered a minute under the file's version as the search's matches are
    /// (<see cref="ProspectFileVersions"/>): the same search that found nothing, asked again (the next page, back from a
    /// fiche, a reload), does not read the file's vocabulary again — on a 100 000-fiche file the proposals for a word of
    /// no first letter walk tens of thousands of words (docs/BENCHMARKS.md).
    /// </summary>
    private async Task<List<SearchSuggestion>> RememberedSuggestionsAsync(int workspaceId, ProspectQuery q, CancellationToken ct)
    {
        var key = $"prospects:suggestions:{workspaceId}:{versions.Current(workspaceId)}:{q.ToQueryString(page: 1)}";
        if (versions.Remembers && cache.TryGetValue(key, out List<SearchSuggestion>? known) && known is not null)
        {
            return known;
        }
        var suggestions = await SuggestionsAsync(workspaceId, q, ct);
        if (versions.Remembers)
        {
            cache.Set(key, suggestions, TimeSpan.FromMinutes(1));
        }
        return suggestions;
    }

    /// <summary>
    /// « Vouliez-vous dire … ? » for a search that found nothing: each word that starts no word of the workspace's file is
    /// replaced by its closest words there (<see cref="Spelling"/>; those with its first letter first, the others when none
    /// of those is close), and only the searches that then find a fiche with the list's filters are proposed, the k-th
    /// proposal taking each word's k-th closest. The vocabulary read is the workspace's own (<see cref="ProspectVocabulary"/>):
    /// a word of another workspace's file is never proposed. A vocabulary word that no fiche holds any more is dropped when
    /// its proposal finds nothing. Each proposal costs one full-text query, so at most
    /// <see cref="MaxSuggestions"/> + 2 are tried.
    /// </summary>
    public async Task<List<SearchSuggestion>> SuggestionsAsync(int workspaceId, ProspectQuery q, CancellationToken ct)
    {
        if (!ProspectVocabulary.IsKept(db) || string.IsNullOrWhiteSpace(q.Q))
        {
            return [];
        }
        var words = SearchTerms.QueryWords(SearchTerms.Needle(q.Q)).Distinct().Where(Spelling.IsCorrectable).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var vocabulary = await VocabularyAsync(workspaceId, ct);
        var corrections = new Dictionary<string, List<string>>();
        foreach (var word in words)
        {
            if (await vocabulary.StartsAWordAsync(word, ct))
            {
                continue;
            }
            var closest = Spelling.Closest(word, await vocabulary.CandidatesAsync(word, ct), MaxSuggestions + 2);
            if (closest.Count == 0)
            {
                // The first letter itself may be the mistake (« Ceschamps »).
                closest = Spelling.Closest(word, await vocabulary.AnyFirstLetterCandidatesAsync(word, ct), MaxSuggestions + 2);
            }
            if (closest.Count > 0)
            {
                corrections[word] = closest;
            }
        }
        var suggestions = new List<SearchSuggestion>();
        var tries = corrections.Count == 0 ? 0 : corrections.Values.Max(c => c.Count);
        for (var k = 0; k < tries && suggestions.Count < MaxSuggestions; k++)
        {
            var chosen = corrections.ToDictionary(c => c.Key, c => c.Value[Math.Min(k, c.Value.Count - 1)]);
            var text = Replace(q.Q, chosen);
            if (suggestions.Any(s => s.Text == text))
            {
                continue;
            }
            if (await FirstMatchAsync(workspaceId, q.WithSearch(text), ct) is not { } first)
            {
                await ForgetIfStaleAsync(workspaceId, chosen, ct);
                continue;
            }
            // The replaced words as the fiche spells them (« deschamps » → « Deschamps »).
            // The fiche may have gone since it was found (another request): its proposal is left out.
            if (await SearchPageRows.ListAsync(db, [first], ct) is not [var found])
            {
                continue;
            }
            var fiche = found.Fields;
            text = Replace(q.Q, chosen.ToDictionary(c => c.Key, c => Spelt(fiche, c.Value)));
            if (suggestions.All(s => s.Text != text))
            {
                suggestions.Add(new SearchSuggestion(text, "/prospects" + q.WithSearch(text).ToQueryString()));
            }
        }
        return suggestions;
    }

    /// <summary>
    /// The workspace's words for <see cref="SuggestionsAsync"/>: where results are remembered (one app instance), all of them
    /// read once for the file's version (<see cref="ProspectFileVersions"/>: a saved fiche may add words) and kept two
    /// minutes, one copy per workspace (a newer version replaces it) — a search that finds nothing then asks no query of
    /// the vocabulary; elsewhere each question is a query.
    /// </summary>
    private async Task<IVocabulary> VocabularyAsync(int workspaceId, CancellationToken ct)
    {
        if (!versions.Remembers)
        {
            return ProspectVocabulary.Stored(db, workspaceId);
        }
        var version = versions.Current(workspaceId);
        if (cache.TryGetValue(VocabularyKey(workspaceId), out VersionedVocabulary? known) && known?.Version == version)
        {
            return known.Words;
        }
        var vocabulary = await ProspectVocabulary.ReadAsync(db, workspaceId, ct);
        cache.Set(VocabularyKey(workspaceId), new VersionedVocabulary(version, vocabulary), TimeSpan.FromMinutes(2));
        return vocabulary;
    }

    private static string VocabularyKey(int workspaceId) => $"prospects:vocabulary:{workspaceId}";

    /// <summary>A workspace's words and the version of its file they were read at.</summary>
    private sealed record VersionedVocabulary(long Version, Vocabulary Words);

    /// <summary>
    /// After a proposal found nothing: when it replaced one word, whether that word still finds a fiche on its own; a
    /// vocabulary word that no fiche holds any more (the triggers only add words) is dropped.
    /// </summary>
    private async Task ForgetIfStaleAsync(int workspaceId, Dictionary<string, string> chosen, CancellationToken ct)
    {
        if (chosen.Count == 1 && chosen.Values.Single() is var candidate
            && await FirstMatchAsync(workspaceId, new ProspectQuery { Q = candidate }, ct) is null)
        {
            await ProspectVocabulary.ForgetAsync(db, workspaceId, candidate, ct);
            cache.Remove(VocabularyKey(workspaceId));
        }
    }

    /// <summary>The id of one fiche the search finds with the query's filters, or null.</summary>
    private async Task<int?> FirstMatchAsync(int workspaceId, ProspectQuery q, CancellationToken ct)
    {
        var ids = await Where(workspaceId, q).Select(p => p.Id).Take(1).ToListAsync(ct);
        return ids.Count == 0 ? null : ids[0];
    }

    /// <summary>The typed search with the words whose folded form is a key replaced by its value, the rest as typed.</summary>
    private static string Replace(string typed, Dictionary<string, string> replacements) =>
        WordPattern().Replace(typed, m => replacements.TryGetValue(TextFolding.Fold(m.Value), out var r) ? r : m.Value);

    /// <summary>A folded word as a field of the fiche spells it (capitals, accents), or the folded word itself.</summary>
    private static string Spelt(ProspectSearchFields fiche, string folded)
    {
        var texts = new List<string?> { fiche.Name, fiche.City };
        texts.AddRange(fiche.Contacts.SelectMany(c => new[] { c.LastName, c.FirstName }));
        texts.Add(fiche.Notes);
        return texts.SelectMany(t => WordPattern().Matches(t ?? "").Select(m => m.Value))
            .FirstOrDefault(w => TextFolding.Fold(w) == folded) ?? folded;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();
}
