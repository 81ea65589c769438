using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// A prospect as typed — in the form or in a row of an imported file. Every field is text, so that whatever was typed
/// is kept and shown again next to its French error message; <see cref="ProspectValidator"/> reads it.
/// </summary>
public class ProspectInput
{
    [Display(Name = "Type")]
    public string? Kind { get; set; } = "Organisation";

    [Display(Name = "Raison sociale ou nom")]
    public string? Name { get; set; }

    [Display(Name = "SIRET")]
    public string? Siret { get; set; }

    [Display(Name = "Code NAF")]
    public string? NafCode { get; set; }

    [Display(Name = "Effectif")]
    public string? Employees { get; set; }

    [Display(Name = "Adresse (rue)")]
    public string? Street { get; set; }

    [Display(Name = "Code postal")]
    public string? PostalCode { get; set; }

    [Display(Name = "Ville")]
    public string? City { get; set; }

    [Display(Name = "Téléphone")]
    public string? Phone { get; set; }

    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Display(Name = "Site web")]
    public string? Website { get; set; }

    [Display(Name = "Fournisseur actuel")]
    public string? CurrentSupplier { get; set; }

    [Display(Name = "Statut")]
    public string? Status { get; set; } = "Suspect";

    [Display(Name = "Potentiel")]
    public string? Potential { get; set; } = "B";

    [Display(Name = "Source")]
    public string? Source { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    [Display(Name = "Prochaine action")]
    public string? NextAction { get; set; }

    [Display(Name = "Accepte les e-mails (consentement)")]
    public bool EmailConsent { get; set; }

    [Display(Name = "Accepte les appels (consentement)")]
    public bool PhoneConsent { get; set; }

    [Display(Name = "S'oppose aux e-mails")]
    public bool EmailOpposition { get; set; }

    [Display(Name = "S'oppose aux appels (ou inscrit sur Bloctel)")]
    public bool PhoneOpposition { get; set; }

    [Display(Name = "S'oppose aux courriers")]
    public bool MailOpposition { get; set; }

    [Display(Name = "Civilité")]
    public string? ContactCivility { get; set; } = "Madame";

    [Display(Name = "Nom de l'interlocuteur")]
    public string? ContactLastName { get; set; }

    [Display(Name = "Prénom de l'interlocuteur")]
    public string? ContactFirstName { get; set; }

    [Display(Name = "Fonction")]
    public string? ContactJobTitle { get; set; }

    [Display(Name = "Rôle dans la décision")]
    public string? ContactRole { get; set; } = "DecisionMaker";

    [Display(Name = "Téléphone de l'interlocuteur")]
    public string? ContactPhone { get; set; }

    [Display(Name = "E-mail de l'interlocuteur")]
    public string? ContactEmail { get; set; }

    public bool HasContact => !string.IsNullOrWhiteSpace(ContactLastName) || !string.IsNullOrWhiteSpace(ContactFirstName)
        || !string.IsNullOrWhiteSpace(ContactEmail) || !string.IsNullOrWhiteSpace(ContactPhone) || !string.IsNullOrWhiteSpace(ContactJobTitle);
}
