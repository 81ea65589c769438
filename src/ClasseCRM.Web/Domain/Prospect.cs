namespace ClasseCRM.Web.Domain;

/// <summary>An entry of the prospect file (fichier prospects/clients): an organisation or an individual, in one workspace.</summary>
public sealed class Prospect : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public ProspectKind Kind { get; set; }

    /// <summary>Raison sociale (B2B) or "Nom Prénom" (B2C).</summary>
    public string Name { get; set; } = "";
    public string? Siret { get; set; }
    public string? NafCode { get; set; }
    public int? Employees { get; set; }
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>The département (first two digits of the postal code, 2A/2B for Corsica), stored for filtering in SQL.</summary>
    public string Department { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? CurrentSupplier { get; set; }
    public ProspectStatus Status { get; set; }
    public Potential Potential { get; set; }
    public string Source { get; set; } = "";
    public string? Notes { get; set; }

    public bool EmailConsent { get; set; }
    public bool PhoneConsent { get; set; }
    public bool EmailOpposition { get; set; }
    public bool PhoneOpposition { get; set; }
    public bool MailOpposition { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastContactAtUtc { get; set; }
    public List<Contact> Contacts { get; set; } = [];
}
