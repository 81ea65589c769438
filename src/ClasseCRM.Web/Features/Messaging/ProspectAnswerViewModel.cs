using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Messaging;

/// <summary>The answer the teacher writes as the prospect would (Sandbox), and what it means for the mailing's figures.</summary>
public sealed class ProspectAnswerViewModel
{
    [Display(Name = "Réponse du prospect")]
    [Required(ErrorMessage = "Écrivez la réponse du prospect.")]
    [StringLength(10000, ErrorMessage = "La réponse ne doit pas dépasser 10 000 caractères.")]
    public string Body { get; set; } = "";

    /// <summary>How the answer counts in the operation's figures (an answer at least; RDV or commande if so).</summary>
    public MailingResult Result { get; set; } = MailingResult.AnswerInterested;

    public static readonly MailingResult[] AnswerKinds =
        [MailingResult.AnswerInterested, MailingResult.AnswerNotInterested, MailingResult.AnswerAppointment, MailingResult.AnswerOrder];
}
