using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Messaging;

public sealed class MessageComposeViewModel
{
    [Display(Name = "Destinataire (interlocuteur du fichier)")]
    public int? ContactId { get; set; }

    [Display(Name = "Ou une autre adresse e-mail")]
    [EmailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [StringLength(254, ErrorMessage = "L'adresse e-mail est trop longue.")]
    public string? OtherAddress { get; set; }

    [Display(Name = "Objet")]
    [Required(ErrorMessage = "Saisissez l'objet du message.")]
    [StringLength(200, ErrorMessage = "L'objet ne doit pas dépasser 200 caractères.")]
    public string Subject { get; set; } = "";

    [Display(Name = "Message")]
    [Required(ErrorMessage = "Écrivez le message.")]
    [StringLength(10000, ErrorMessage = "Le message ne doit pas dépasser 10 000 caractères.")]
    public string Body { get; set; } = "";

    /// <summary>The prospect's message this one answers (« Répondre »), in the same workspace; null for a new message.</summary>
    public int? InReplyToId { get; set; }

    public List<RecipientChoice> Recipients { get; set; } = [];
}

public sealed record RecipientChoice(int ContactId, string Label);
