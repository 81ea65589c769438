namespace ClasseCRM.Web.Domain;

/// <summary>A person to talk to (interlocuteur) at a prospect, with their function and role in the decision.</summary>
public sealed class Contact : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int ProspectId { get; set; }
    public Prospect? Prospect { get; set; }
    public Civility Civility { get; set; }
    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string JobTitle { get; set; } = "";
    public ContactRole Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>Lower-case e-mail and E.164 phone, for duplicate detection.</summary>
    public string? EmailKey { get; set; }
    public string? PhoneKey { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();

    /// <summary>The job title in agreement with the civilité (« Gérante » for Madame), whatever form was stored.</summary>
    public string Title => JobTitles.For(JobTitle, Civility);

    public void RefreshKeys()
    {
        EmailKey = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();
        PhoneKey = FrenchPhone.Key(Phone);
    }
}
