using System.Globalization;
using System.Security.Claims;
using ClasseCRM.Web.Data;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>Loads the <see cref="AccessScope"/> of the signed-in user once per request, after authentication.</summary>
public sealed class AccessScopeMiddleware(RequestDelegate next)
{
    /// <summary>The cookie that remembers which workspace a student with several chose.</summary>
    public const string WorkspaceCookie = "ccrm.espace";

    public async Task InvokeAsync(HttpContext context, AccessScope scope, AppDbContext db)
    {
        var user = context.User;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user.Identity?.IsAuthenticated == true && userId is not null)
        {
            var role = user.FindFirstValue(ClaimTypes.Role);
            int? wanted = int.TryParse(context.Request.Cookies[WorkspaceCookie], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
            int? school = int.TryParse(user.FindFirstValue(SchoolClaim.Type), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
            scope.Load(await AccessScopeLoader.LoadAsync(db, userId, role, school, wanted, context.RequestAborted));
        }
        else
        {
            scope.LoadAnonymous();
        }
        await next(context);
    }
}
