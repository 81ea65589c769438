namespace ClasseCRM.Web.Domain.Search;

/// <summary>The fields of a contact (interlocuteur) that a search looks at.</summary>
public sealed record ContactSearchFields(string FirstName, string LastName, string? Email, string? Phone);
