using System.Globalization;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Validation;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// Validates a prospect like a professional tool (SIRET Luhn with the La Poste exception, NAF code from the official
/// list, French postal code, phone read by libphonenumber, e-mail syntax) and gives the values to store. The form and
/// the import use the same rules and the same French messages.
/// </summary>
public sealed class ProspectValidator(SeedCatalog seeds)
{
    public ProspectValidation Validate(ProspectInput input)
    {
        var check = new FieldChecks();
        var v = new ValidatedProspect();
        Identity(input, v, check);
        Address(input, v, check);
        v.Phone = check.Phone(nameof(input.Phone), input.Phone);
        v.Email = check.Email(nameof(input.Email), input.Email);
        v.Website = check.Optional(nameof(input.Website), input.Website, 200);
        v.CurrentSupplier = check.Optional(nameof(input.CurrentSupplier), input.CurrentSupplier, 200);
        v.Status = ParseStatus(input.Status) ?? check.Fail(nameof(input.Status), "Le statut doit être suspect, prospect, client, client fidèle ou perdu.", ProspectStatus.Suspect);
        v.Potential = ParsePotential(input.Potential) ?? check.Fail(nameof(input.Potential), "Le potentiel est A, B ou C.", Potential.C);
        v.Source = check.Optional(nameof(input.Source), input.Source, 100) ?? "";
        v.Notes = check.Optional(nameof(input.Notes), input.Notes, 4000);
        v.NextAction = check.Optional(nameof(input.NextAction), input.NextAction, 300);
        v.Contact = Contact(input, v, check);
        v.EmailConsent = input.EmailConsent;
        v.PhoneConsent = input.PhoneConsent;
        v.EmailOpposition = input.EmailOpposition;
        v.PhoneOpposition = input.PhoneOpposition;
        v.MailOpposition = input.MailOpposition;
        return new ProspectValidation(v, check.Errors);
    }

    /// <summary>Who the prospect is: kind, name, SIRET (14 digits, Luhn key), NAF code of the official list, headcount.</summary>
    private void Identity(ProspectInput input, ValidatedProspect v, FieldChecks check)
    {
        v.Kind = ParseKind(input.Kind) ?? check.Fail(nameof(input.Kind), "Le type doit être « organisation » ou « particulier ».", ProspectKind.Organisation);
        v.Name = check.Required(nameof(input.Name), input.Name, v.Kind == ProspectKind.Organisation ? "La raison sociale est obligatoire." : "Le nom du particulier est obligatoire.", 200);

        var siret = TextFolding.Digits(input.Siret);
        if (!string.IsNullOrWhiteSpace(input.Siret))
        {
            if (siret.Length != 14 || input.Siret.Any(c => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c)))
            {
                check.Add(nameof(input.Siret), "Le SIRET compte 14 chiffres (SIREN + NIC).");
            }
            else if (!Identifiers.IsValidSiret(siret))
            {
                check.Add(nameof(input.Siret), "Ce SIRET n'existe pas : sa clé de contrôle (Luhn) est fausse. Vérifiez la saisie.");
            }
            v.Siret = siret;
        }

        if (!string.IsNullOrWhiteSpace(input.NafCode))
        {
            var naf = seeds.Naf.Find(input.NafCode.Replace(" ", "", StringComparison.Ordinal));
            if (naf is null)
            {
                check.Add(nameof(input.NafCode), $"« {input.NafCode.Trim()} » n'est pas un code NAF de la nomenclature officielle (forme 46.51Z).");
            }
            else
            {
                v.NafCode = naf.Code;
                v.NafSection = naf.Section;
            }
        }

        if (!string.IsNullOrWhiteSpace(input.Employees))
        {
            if (int.TryParse(input.Employees.Replace(" ", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000)
            {
                v.Employees = n;
            }
            else
            {
                check.Add(nameof(input.Employees), "L'effectif est un nombre entier de salariés (par exemple 12).");
            }
        }
    }

    /// <summary>Where it is: street, a French postal code (which gives the département), the town.</summary>
    private static void Address(ProspectInput input, ValidatedProspect v, FieldChecks check)
    {
        v.Street = check.Optional(nameof(input.Street), input.Street, 200) ?? "";
        var postal = input.PostalCode?.Trim() ?? "";
        if (postal.Length == 0)
        {
            check.Add(nameof(input.PostalCode), "Le code postal est obligatoire.");
        }
        else if (!PostalCodes.IsValid(postal))
        {
            check.Add(nameof(input.PostalCode), $"« {postal} » n'est pas un code postal français (5 chiffres, par exemple 35000).");
        }
        else
        {
            v.PostalCode = postal;
            v.Department = PostalCodes.Department(postal);
        }
        v.City = check.Required(nameof(input.City), input.City, "La ville est obligatoire.", 100);
    }

    /// <summary>The contact typed with the fiche; an individual with none is their own contact.</summary>
    private static ValidatedContact? Contact(ProspectInput input, ValidatedProspect v, FieldChecks check)
    {
        if (input.HasContact)
        {
            return new ValidatedContact
            {
                Civility = ParseCivility(input.ContactCivility) ?? check.Fail(nameof(input.ContactCivility), "La civilité est « Madame » ou « Monsieur ».", Civility.Madame),
                LastName = check.Required(nameof(input.ContactLastName), input.ContactLastName, "Le nom de l'interlocuteur est obligatoire.", 100),
                FirstName = check.Optional(nameof(input.ContactFirstName), input.ContactFirstName, 100) ?? "",
                JobTitle = check.Optional(nameof(input.ContactJobTitle), input.ContactJobTitle, 100) ?? "",
                Role = ParseRole(input.ContactRole) ?? check.Fail(nameof(input.ContactRole), "Le rôle est décideur, prescripteur, utilisateur ou payeur.", ContactRole.DecisionMaker),
                Phone = check.Phone(nameof(input.ContactPhone), input.ContactPhone),
                Email = check.Email(nameof(input.ContactEmail), input.ContactEmail),
            };
        }
        if (v.Kind == ProspectKind.Individual && !string.IsNullOrWhiteSpace(v.Name))
        {
            var parts = v.Name.Split(' ', 2);
            return new ValidatedContact { LastName = parts[0], FirstName = parts.Length > 1 ? parts[1] : "", Role = ContactRole.DecisionMaker, Phone = v.Phone, Email = v.Email, JobTitle = "Particulier" };
        }
        return null;
    }

    public static ProspectKind? ParseKind(string? text) => TextFolding.Fold(text) switch
    {
        "" or "organisation" or "entreprise" or "b2b" or "professionnel" or "organisation (b2b)" => ProspectKind.Organisation,
        "individual" or "particulier" or "b2c" or "particulier (b2c)" => ProspectKind.Individual,
        _ => null,
    };

    public static ProspectStatus? ParseStatus(string? text) => TextFolding.Fold(text) switch
    {
        "" or "suspect" => ProspectStatus.Suspect,
        "prospect" => ProspectStatus.Prospect,
        "client" => ProspectStatus.Client,
        "client fidele" or "loyalclient" or "fidele" => ProspectStatus.LoyalClient,
        "perdu" or "lost" => ProspectStatus.Lost,
        _ => null,
    };

    public static Potential? ParsePotential(string? text) => TextFolding.Fold(text) switch
    {
        "a" => Domain.Potential.A,
        "b" => Domain.Potential.B,
        "" or "c" => Domain.Potential.C,
        _ => null,
    };

    public static Civility? ParseCivility(string? text) => TextFolding.Fold(text) switch
    {
        "" or "madame" or "mme" or "mme." => Civility.Madame,
        "monsieur" or "m" or "m." or "mr" => Civility.Monsieur,
        _ => null,
    };

    public static ContactRole? ParseRole(string? text) => TextFolding.Fold(text) switch
    {
        "" or "decideur" or "decisionmaker" => Domain.ContactRole.DecisionMaker,
        "prescripteur" or "prescriber" => Domain.ContactRole.Prescriber,
        "utilisateur" or "user" => Domain.ContactRole.User,
        "payeur" or "payer" => Domain.ContactRole.Payer,
        _ => null,
    };
}


public sealed record ProspectValidation(ValidatedProspect Value, List<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>The values to store, cleaned (SIRET digits, NAF in upper case, phones formatted, département derived).</summary>
public sealed class ValidatedProspect
{
    public ProspectKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Siret { get; set; }
    public string? NafCode { get; set; }
    public string? NafSection { get; set; }
    public int? Employees { get; set; }
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Department { get; set; } = "";
    public string City { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? CurrentSupplier { get; set; }
    public ProspectStatus Status { get; set; }
    public Potential Potential { get; set; }
    public string Source { get; set; } = "";
    public string? Notes { get; set; }
    public string? NextAction { get; set; }
    public bool EmailConsent { get; set; }
    public bool PhoneConsent { get; set; }
    public bool EmailOpposition { get; set; }
    public bool PhoneOpposition { get; set; }
    public bool MailOpposition { get; set; }
    public ValidatedContact? Contact { get; set; }

    public void ApplyTo(Prospect p)
    {
        p.Kind = Kind;
        p.Name = Name;
        p.Siret = Siret;
        p.NafCode = NafCode;
        p.NafSection = NafSection;
        p.Employees = Employees;
        p.Street = Street;
        p.PostalCode = PostalCode;
        p.Department = Department;
        p.City = City;
        p.Phone = Phone;
        p.Email = Email;
        p.Website = Website;
        p.CurrentSupplier = CurrentSupplier;
        p.Status = Status;
        p.Potential = Potential;
        p.Source = Source;
        p.Notes = Notes;
        p.NextAction = NextAction;
        p.EmailConsent = EmailConsent;
        p.PhoneConsent = PhoneConsent;
        p.EmailOpposition = EmailOpposition;
        p.PhoneOpposition = PhoneOpposition;
        p.MailOpposition = MailOpposition;
    }
}

public sealed class ValidatedContact
{
    public Civility Civility { get; set; }
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string JobTitle { get; set; } = "";
    public ContactRole Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public Contact ToContact(int workspaceId) => new()
    {
        WorkspaceId = workspaceId,
        Civility = Civility,
        LastName = LastName,
        FirstName = FirstName,
        JobTitle = JobTitle,
        Role = Role,
        Phone = Phone,
        Email = Email,
    };
}
