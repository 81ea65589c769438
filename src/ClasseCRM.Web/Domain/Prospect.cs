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

    public string? NextAction { get; set; }

    /// <summary>The NAF section letter (A–U) of <see cref="NafCode"/>, stored for filtering in SQL.</summary>
    public string? NafSection { get; set; }

    /// <summary>Folded text of everything a search looks at (name, town, contacts, e-mails, phone digits, SIRET, joined forms of the names, notes).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>
    /// Which rules wrote <see cref="SearchText"/>: a fiche written by older rules is written again at start
    /// (Infrastructure/Data/ProspectSearchRefresh), so a change of the rules reaches the whole file.
    /// </summary>
    public int SearchVersion { get; set; }

    /// <summary>
    /// The rules of today: 1 = joined forms of names and the notes (issue 18, tolerant search); 2 = the folded town
    /// (<see cref="CityKey"/>).
    /// </summary>
    public const int CurrentSearchVersion = 2;

    /// <summary>Folded name, for duplicate detection (same name + postal code).</summary>
    public string NameKey { get; set; } = "";

    /// <summary>
    /// Folded town (no accents, no capitals): the list's town filter compares it, so « évran », « ÉVRAN » and « Evran »
    /// find the fiches of « Évran » on both databases (SQLite folds only ASCII letters itself).
    /// </summary>
    public string CityKey { get; set; } = "";

    /// <summary>The lengths of the keys' columns (Data/Configurations/ProspectConfiguration).</summary>
    public const int MaxNameKeyLength = 200, MaxCityKeyLength = 100;

    /// <summary>The key of a town as <see cref="CityKey"/> holds it: what the town filter compares a typed town's with.</summary>
    public static string CityKeyOf(string? city) => Cut(TextFolding.Fold(city), MaxCityKeyLength);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>Lower-case e-mail and E.164 phone, for duplicate detection.</summary>
    public string? EmailKey { get; set; }
    public string? PhoneKey { get; set; }

    /// <summary>Personal data erased on request (RGPD); the row stays so that the figures stay true.</summary>
    public bool IsAnonymised { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastContactAtUtc { get; set; }
    public List<Contact> Contacts { get; set; } = [];

    public bool HasOpposition => EmailOpposition || PhoneOpposition || MailOpposition;

    /// <summary>Recomputes the search text and duplicate keys from the fields and contacts. Call before saving.</summary>
    public void RefreshSearchFields()
    {
        // A ligature is spelt out (œ → oe): a key may be longer than its text, so it is cut to its column's length.
        NameKey = Cut(TextFolding.Fold(Name), MaxNameKeyLength);
        CityKey = CityKeyOf(City);
        EmailKey = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();
        PhoneKey = FrenchPhone.Key(Phone);
        var parts = new List<string?> { Name, City, PostalCode, Email, TextFolding.Digits(Phone), Siret };
        // The joined forms of the names (« Le Roux » → leroux: Search.SearchTerms), then the notes, last so that a long
        // note is what the length cap cuts.
        var joined = new List<string>(Search.SearchTerms.JoinedForms(Name));
        joined.AddRange(Search.SearchTerms.JoinedForms(City));
        foreach (var c in Contacts)
        {
            c.RefreshKeys();
            parts.Add(c.FirstName);
            parts.Add(c.LastName);
            parts.Add(c.Email);
            parts.Add(TextFolding.Digits(c.Phone));
            joined.AddRange(Search.SearchTerms.JoinedForms(c.FirstName, whole: true));
            joined.AddRange(Search.SearchTerms.JoinedForms(c.LastName, whole: true));
        }
        parts.AddRange(joined.Distinct());
        parts.Add(Notes);
        SearchText = TextFolding.Fold(string.Join(' ', parts.Where(x => !string.IsNullOrWhiteSpace(x))));
        SearchVersion = CurrentSearchVersion;
        if (SearchText.Length > 2000)
        {
            SearchText = SearchText[..2000];
        }
    }

    /// <summary>CNIL: a prospect's data is kept 3 years from collection or last contact; past that, re-ask or delete.</summary>
    public static DateTime RetentionLimit(DateTime nowUtc) => nowUtc.AddYears(-3);
}
