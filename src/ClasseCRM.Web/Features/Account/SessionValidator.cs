using System.Security.Claims;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Features.Account;

/// <summary>
/// Ends a session whose account is gone or whose security stamp changed since sign-in (password reset by the teacher
/// or the administrator, password changed elsewhere): checked on every request, with one read of the stamp.
/// </summary>
public static class SessionValidator
{
    // Compiled once: this runs on every request.
    private static readonly CompiledRows<string, string?> CurrentStamp =
        new((db, userId) => db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).Take(1));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(claimType);
        var current = userId is null
            ? null
            : (await CurrentStamp.ListAsync(services.GetRequiredService<AppDbContext>(), userId, context.HttpContext.RequestAborted)).FirstOrDefault();
        if (current is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
