using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The words of a workspace's file (<see cref="SearchWordRow"/>): all of them read at once into a <see cref="Vocabulary"/>
/// held in memory, or asked by index ranges of <c>(WorkspaceId, Word)</c> (<see cref="StoredVocabulary"/>: the words that
/// start with the same letter as the mistyped one and have a near length, a few hundred at most in a 100 000-fiche file,
/// and the whole vocabulary only when none of them is close). Every read is of one workspace, and the access filter
/// holds besides: a word of another workspace's file is never read.
/// </summary>
public static class ProspectVocabulary
{
    /// <summary>Whether this provider keeps a vocabulary (triggers of <see cref="SqliteSearchSchema"/> or <see cref="PostgreSqlSearchSchema"/>).</summary>
    public static bool IsKept(AppDbContext db) => db.Database.IsSqlite() || db.Database.IsNpgsql();

    /// <summary>
    /// The workspace's words asked of the database at each question (<see cref="StoredVocabulary"/>), for a provider whose
    /// results are not remembered between requests (PostgreSQL: another app instance may have changed the file).
    /// </summary>
    public static IVocabulary Stored(AppDbContext db, int workspaceId) => new StoredVocabulary(db, workspaceId);

    /// <summary>All the words of the workspace's file, for a <see cref="Vocabulary"/> held in memory.</summary>
    public static async Task<Vocabulary> ReadAsync(AppDbContext db, int workspaceId, CancellationToken ct) =>
        new(await db.Set<SearchWordRow>().Where(w => w.WorkspaceId == workspaceId).Select(w => w.Word).ToListAsync(ct));

    /// <summary>Drops a word that no fiche of the file holds any more (the triggers only add words).</summary>
    public static Task<int> ForgetAsync(AppDbContext db, int workspaceId, string word, CancellationToken ct) =>
        db.Set<SearchWordRow>().Where(w => w.WorkspaceId == workspaceId && w.Word == word).ExecuteDeleteAsync(ct);
}

/// <summary>The questions of <see cref="IVocabulary"/> as queries of the workspace's words.</summary>
internal sealed class StoredVocabulary(AppDbContext db, int workspaceId) : IVocabulary
{
    public Task<bool> StartsAWordAsync(string word, CancellationToken ct)
    {
        var end = word + "{"; // « { » follows « z »: the words are a–z only.
        return db.Set<SearchWordRow>().AnyAsync(
            w => w.WorkspaceId == workspaceId && string.Compare(w.Word, word) >= 0 && string.Compare(w.Word, end) < 0, ct);
    }

    public Task<List<string>> CandidatesAsync(string word, CancellationToken ct)
    {
        var edits = Spelling.MaxEdits(word.Length);
        var (from, to) = (word[..1], ((char)(word[0] + 1)).ToString());
        var (shortest, longest) = (word.Length - edits, word.Length + edits);
        return db.Set<SearchWordRow>()
            .Where(w => w.WorkspaceId == workspaceId && string.Compare(w.Word, from) >= 0 && string.Compare(w.Word, to) < 0
                && w.Word.Length >= shortest && w.Word.Length <= longest)
            .Select(w => w.Word)
            .ToListAsync(ct);
    }

    /// <summary>
    /// Walks the workspace's whole vocabulary (a few tens of thousands of words in a 100 000-fiche file). On PostgreSQL
    /// only the words that share enough trigrams with it (<c>pg_trgm</c>'s <c>%</c>, similarity 0.3 or more, read from the
    /// trigram GIN index of <see cref="PostgreSqlSearchSchema"/>) are read: a mistyped first letter leaves most of a word's
    /// trigrams (« ceschamps » and « deschamps » 0.54), but a word within two edits that shares fewer may be missed there.
    /// </summary>
    public Task<List<string>> AnyFirstLetterCandidatesAsync(string word, CancellationToken ct)
    {
        var edits = Spelling.MaxEdits(word.Length);
        var (shortest, longest) = (word.Length - edits, word.Length + edits);
        var first = word[..1];
        var next = ((char)(word[0] + 1)).ToString();
        var words = db.Set<SearchWordRow>()
            .Where(w => w.WorkspaceId == workspaceId && w.Word.Length >= shortest && w.Word.Length <= longest
                && (string.Compare(w.Word, first) < 0 || string.Compare(w.Word, next) >= 0));
        if (db.Database.IsNpgsql())
        {
            words = words.Where(w => EF.Functions.TrigramsAreSimilar(w.Word, word));
        }
        return words.Select(w => w.Word).ToListAsync(ct);
    }
}
