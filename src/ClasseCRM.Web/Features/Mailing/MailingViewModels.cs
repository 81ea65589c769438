using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Mailing;

/// <summary>The template of a mailing: subject (e-mail, or "Objet" of the letter) and body with merge fields.</summary>
public sealed class MailTemplateViewModel
{
    [Display(Name = "Objet")]
    [Required(ErrorMessage = "Indiquez l'objet du message.")]
    [StringLength(200, ErrorMessage = "200 caractères au plus.")]
    public string Subject { get; set; } = "";

    [Display(Name = "Texte")]
    [Required(ErrorMessage = "Écrivez le texte du message.")]
    [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
    public string Body { get; set; } = "";
}

/// <summary>What came back from one letter or e-mail, recorded by the student.</summary>
public sealed class MailingResultViewModel
{
    [Required(ErrorMessage = "Choisissez le retour.")]
    public MailingResult? Result { get; set; }

    [StringLength(2000, ErrorMessage = "2 000 caractères au plus.")]
    public string? Note { get; set; }
}

/// <summary>One prospect of the target list as the mailing sees it: who, where to, and whether it can be sent.</summary>
public sealed record MailingRecipient(
    Prospect Prospect,
    Contact? Contact,
    string? Email,
    IReadOnlyList<string> AddressLines,
    string? Problem,
    MailingSend? Send)
{
    public bool CanSend => Problem is null && Send is null;
}

public sealed record MailingPreview(MailingRecipient Recipient, string Subject, string Body);

public sealed record MailingPageViewModel(
    Operation Operation,
    MailTemplateViewModel Template,
    IReadOnlyList<MailingRecipient> Recipients,
    MailingPreview? Preview,
    MailingFunnel Funnel,
    bool CanWrite);

public sealed record MailingSendReport(int Sent, IReadOnlyList<(string Name, string Reason)> Skipped);
