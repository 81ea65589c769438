using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Domain;

/// <summary>
/// One letter or e-mail of a mailing operation, sent to one prospect of its target list, and what came back:
/// nothing yet, NPAI (n'habite pas à l'adresse indiquée: the letter came back), or an answer and what it led to.
/// </summary>
public sealed class MailingSend : IWorkspaceOwned, IAuthoredAction
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public int ProspectId { get; set; }
    public Prospect? Prospect { get; set; }
    public int? ContactId { get; set; }
    public Channel Channel { get; set; }

    /// <summary>Where it went: the e-mail address, or the postal address block on one line.</summary>
    public string Address { get; set; } = "";
    public DateTime SentAtUtc { get; set; }

    /// <summary>The outbox message of an e-mail (null for a letter).</summary>
    public int? OutboxMessageId { get; set; }
    public OutboxMessage? OutboxMessage { get; set; }
    public MailingResult Result { get; set; }
    public DateTime? ResultAtUtc { get; set; }
    public string? ResultNote { get; set; }

    /// <summary>Who made the action (null before authorship was recorded, or for the system).</summary>
    public string? AuthorId { get; set; }
    public AppUser? Author { get; set; }

    public bool IsMade => true;
}

/// <summary>What came back from a letter or an e-mail. Every answer counts as a réponse; RDV and commande go further down the funnel.</summary>
public enum MailingResult
{
    None = 0,
    ReturnedUndeliverable = 1,
    AnswerNotInterested = 2,
    AnswerInterested = 3,
    AnswerAppointment = 4,
    AnswerOrder = 5,
}
