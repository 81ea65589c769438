using System.Security.Claims;

namespace ClasseCRM.Web.Features.Account;

/// <summary>The signed-in user's name as shown to people (header, timeline authors, mail signatures).</summary>
public static class UserDisplayName
{
    public const string ClaimType = "classecrm:display_name";

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirst(ClaimType)?.Value ?? user.Identity?.Name ?? "";
}
