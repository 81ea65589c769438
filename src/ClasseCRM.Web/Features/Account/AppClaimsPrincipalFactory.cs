using System.Security.Claims;
using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Features.Account;

/// <summary>Adds the display name, the établissement and the "must change password" flag to the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserDisplayName.ClaimType, user.DisplayName));
        if (user.SchoolId is { } school)
        {
            identity.AddClaim(new Claim(Infrastructure.Access.SchoolClaim.Type, school.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordFilter.ClaimType, "true"));
        }
        return identity;
    }
}
