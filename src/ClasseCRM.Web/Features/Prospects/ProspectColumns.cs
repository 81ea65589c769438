using System.Globalization;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// The columns of the prospect file as a spreadsheet: the import template, the export and the import's column
/// mapping use the same list, so an exported file can be imported back as it is.
/// </summary>
public static class ProspectColumns
{
    public static readonly IReadOnlyList<ProspectColumn> All =
    [
        new("type", "Type", ["type", "b2b/b2c", "categorie"], (i, v) => i.Kind = v, (p, _) => Labels.Of(p.Kind)),
        new("nom", "Raison sociale ou nom", ["raison sociale", "raison_sociale", "nom", "societe", "entreprise", "denomination", "name"], (i, v) => i.Name = v, (p, _) => p.Name),
        new("siret", "SIRET", ["siret", "n siret", "numero siret"], (i, v) => i.Siret = v, (p, _) => p.Siret),
        new("naf", "Code NAF", ["naf", "code naf", "code_naf", "ape", "code ape", "naf/ape"], (i, v) => i.NafCode = v, (p, _) => p.NafCode),
        new("effectif", "Effectif", ["effectif", "salaries", "nombre de salaries"], (i, v) => i.Employees = v, (p, _) => p.Employees?.ToString(CultureInfo.InvariantCulture), XlsxCellKind.Integer),
        new("adresse", "Adresse", ["adresse", "rue", "adresse postale", "voie"], (i, v) => i.Street = v, (p, _) => p.Street),
        new("code_postal", "Code postal", ["code postal", "code_postal", "cp", "codepostal"], (i, v) => i.PostalCode = v.Length == 4 && v.All(char.IsAsciiDigit) ? "0" + v : v, (p, _) => p.PostalCode),
        new("ville", "Ville", ["ville", "commune", "localite"], (i, v) => i.City = v, (p, _) => p.City),
        new("telephone", "Téléphone", ["telephone", "tel", "tel.", "téléphone", "standard"], (i, v) => i.Phone = v, (p, _) => p.Phone),
        new("email", "E-mail", ["email", "e-mail", "mail", "courriel", "adresse e-mail"], (i, v) => i.Email = v, (p, _) => p.Email),
        new("site_web", "Site web", ["site web", "site", "site_web", "web", "url"], (i, v) => i.Website = v, (p, _) => p.Website),
        new("fournisseur_actuel", "Fournisseur actuel", ["fournisseur actuel", "fournisseur", "fournisseur_actuel", "concurrent"], (i, v) => i.CurrentSupplier = v, (p, _) => p.CurrentSupplier),
        new("statut", "Statut", ["statut", "etat"], (i, v) => i.Status = v, (p, _) => Labels.Of(p.Status)),
        new("potentiel", "Potentiel", ["potentiel", "classe", "abc"], (i, v) => i.Potential = v, (p, _) => p.Potential.ToString()),
        new("source", "Source", ["source", "origine"], (i, v) => i.Source = v, (p, _) => p.Source),
        new("notes", "Notes", ["notes", "note", "commentaire", "commentaires", "remarques"], (i, v) => i.Notes = v, (p, _) => p.Notes),
        new("consentement_email", "Consentement e-mail", ["consentement email", "consentement_email", "optin email"], (i, v) => i.EmailConsent = Yes(v), (p, _) => YesNo(p.EmailConsent)),
        new("consentement_telephone", "Consentement téléphone", ["consentement telephone", "consentement_telephone", "optin telephone"], (i, v) => i.PhoneConsent = Yes(v), (p, _) => YesNo(p.PhoneConsent)),
        new("opposition_email", "Opposition e-mail", ["opposition email", "opposition_email"], (i, v) => i.EmailOpposition = Yes(v), (p, _) => YesNo(p.EmailOpposition)),
        new("opposition_telephone", "Opposition téléphone", ["opposition telephone", "opposition_telephone", "bloctel"], (i, v) => i.PhoneOpposition = Yes(v), (p, _) => YesNo(p.PhoneOpposition)),
        new("opposition_courrier", "Opposition courrier", ["opposition courrier", "opposition_courrier"], (i, v) => i.MailOpposition = Yes(v), (p, _) => YesNo(p.MailOpposition)),
        new("contact_civilite", "Civilité de l'interlocuteur", ["contact civilite", "contact_civilite", "civilite"], (i, v) => i.ContactCivility = v, (_, c) => c is null ? null : Labels.Of(c.Civility) == "Mme" ? "Madame" : "Monsieur"),
        new("contact_nom", "Nom de l'interlocuteur", ["contact nom", "contact_nom", "nom contact", "interlocuteur"], (i, v) => i.ContactLastName = v, (_, c) => c?.LastName),
        new("contact_prenom", "Prénom de l'interlocuteur", ["contact prenom", "contact_prenom", "prenom", "prenom contact"], (i, v) => i.ContactFirstName = v, (_, c) => c?.FirstName),
        new("contact_fonction", "Fonction de l'interlocuteur", ["contact fonction", "contact_fonction", "fonction", "poste"], (i, v) => i.ContactJobTitle = v, (_, c) => c?.Title),
        new("contact_role", "Rôle de l'interlocuteur", ["contact role", "contact_role", "role"], (i, v) => i.ContactRole = v, (_, c) => c is null ? null : Labels.Of(c.Role)),
        new("contact_telephone", "Téléphone de l'interlocuteur", ["contact telephone", "contact_telephone", "tel contact", "portable", "mobile"], (i, v) => i.ContactPhone = v, (_, c) => c?.Phone),
        new("contact_email", "E-mail de l'interlocuteur", ["contact email", "contact_email", "email contact"], (i, v) => i.ContactEmail = v, (_, c) => c?.Email),
    ];

    public static ProspectColumn? Find(string? key) => All.FirstOrDefault(c => c.Key == key);

    /// <summary>The column a file's header stands for, by its key or one of its usual names (accents and case ignored).</summary>
    public static ProspectColumn? Guess(string header)
    {
        var folded = TextFolding.Fold(header).Replace('_', ' ').Replace('-', ' ');
        return All.FirstOrDefault(c => c.Key.Replace('_', ' ') == folded
            || TextFolding.Fold(c.Label) == folded
            || c.Aliases.Any(a => TextFolding.Fold(a).Replace('_', ' ').Replace('-', ' ') == folded));
    }

    public static bool Yes(string value) => TextFolding.Fold(value) is "oui" or "o" or "x" or "1" or "vrai" or "true" or "yes";

    private static string YesNo(bool value) => value ? "oui" : "non";
}

/// <summary>
/// One column: its key (template header), French label, usual header names, how an import fills it, how an export reads
/// it, and the kind of cell it is in an .xlsx (a number stays a number there; CSV holds text).
/// </summary>
public sealed record ProspectColumn(
    string Key,
    string Label,
    IReadOnlyList<string> Aliases,
    Action<ProspectInput, string> Fill,
    Func<Prospect, Contact?, string?> Read,
    XlsxCellKind Kind = XlsxCellKind.Text)
{
    /// <summary>The exported value as an .xlsx cell: a numeric column's value as a number, the others as text.</summary>
    public XlsxCell Cell(Prospect p, Contact? c)
    {
        var text = Read(p, c);
        return Kind == XlsxCellKind.Integer && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? XlsxCell.Integer(number)
            : XlsxCell.Text(text);
    }
}
