namespace ClasseCRM.Web.Features.Schools;

/// <summary>One établissement on the operator's page: who administers it and how many use it (no personal data beyond the administrators).</summary>
public sealed record SchoolListItem(int Id, string Name, string? Uai, string City, IReadOnlyList<SchoolAdministrator> Administrators,
    int Teachers, int Students, int ActiveClasses);

/// <summary>An administrator of an établissement, as the operator sees them.</summary>
public sealed record SchoolAdministrator(string Id, string FullName, string UserName, bool IsLockedOut);
