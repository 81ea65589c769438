using System.Security.Claims;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>
/// Who runs the installation — the jobs dashboard, the backups, the mail settings, everything that is not one
/// établissement's: the académie operator in an académie's installation, the administrator in a school's own.
/// </summary>
public static class Installation
{
    /// <summary>The authorization policy of the installation's pages.</summary>
    public const string Policy = "Installation";

    public static bool IsRunBy(ClaimsPrincipal user, bool academie) =>
        user.IsInRole(Roles.Operator) || (!academie && user.IsInRole(Roles.Admin));

    public static bool IsRunBy(HttpContext context) =>
        IsRunBy(context.User, context.RequestServices.GetRequiredService<InstallationMode>().IsAcademie);
}
