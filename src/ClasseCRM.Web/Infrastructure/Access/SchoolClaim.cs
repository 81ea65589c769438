namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>The claim of the sign-in cookie that names the user's établissement (its id), read into <see cref="AccessScope.SchoolId"/>.</summary>
public static class SchoolClaim
{
    public const string Type = "classecrm:etablissement";
}
