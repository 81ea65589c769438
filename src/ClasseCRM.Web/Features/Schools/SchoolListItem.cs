namespace ClasseCRM.Web.Features.Schools;

/// <summary>
/// One établissement on the operator's page: who administers it, how many use it, how many of its mails wait or failed
/// (no personal data beyond the administrators: its messages are its administrator's to read).
/// </summary>
public sealed record SchoolListItem(int Id, string Name, string? Uai, string City, IReadOnlyList<SchoolAdministrator> Administrators,
    int Teachers, int Students, int ActiveClasses, int PendingMail, int FailedMail);

/// <summary>An administrator of an établissement, as the operator sees them.</summary>
public sealed record SchoolAdministrator(string Id, string FullName, string UserName, bool IsLockedOut);
