namespace ClasseCRM.Web.Domain;

/// <summary>
/// An action of a workspace that records who made it (issue 16, binômes): a call, a letter or e-mail of a mailing, a
/// visit, a quote or an order, a line of a prospect's timeline. The author is the signed-in user when the action is
/// made, stamped in one place (<c>AppDbContext</c>'s save); rows made before authorship existed, and rows made by the
/// system (imports run as jobs, the demo unless it says), keep a null author — an old author is never guessed.
/// </summary>
public interface IAuthoredAction
{
    string? AuthorId { get; set; }
    AppUser? Author { get; set; }

    /// <summary>
    /// True once the action is made: a visit when its first compte rendu is written (planning the tour is not visiting);
    /// every other action as soon as it is recorded.
    /// </summary>
    bool IsMade { get; }
}
