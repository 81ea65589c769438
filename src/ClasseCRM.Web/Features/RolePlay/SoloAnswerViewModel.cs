using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The student's answer to the objection raised: a technique and the sentence said.</summary>
public sealed class SoloAnswerViewModel
{
    [Display(Name = "Technique")]
    [Required(ErrorMessage = "Choisissez la technique de traitement de l'objection.")]
    public ObjectionTechnique? Technique { get; set; }

    [Display(Name = "Ce que vous répondez")]
    [Required(ErrorMessage = "Écrivez la phrase que vous dites au prospect.")]
    [StringLength(500, MinimumLength = 10, ErrorMessage = "Une phrase de 10 à 500 caractères.")]
    public string? Sentence { get; set; }
}
