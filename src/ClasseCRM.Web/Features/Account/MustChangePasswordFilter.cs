using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ClasseCRM.Web.Features.Account;

/// <summary>
/// A user whose password was issued by someone else (claim set at sign-in) is sent to /compte/mot-de-passe until
/// they choose their own; only that page and sign-out stay open.
/// </summary>
public sealed class MustChangePasswordFilter : IActionFilter
{
    public const string ClaimType = "classecrm:must_change_password";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || !user.HasClaim(ClaimType, "true"))
        {
            return;
        }
        var controller = context.RouteData.Values["controller"] as string;
        var action = context.RouteData.Values["action"] as string;
        if (controller == "Account" && action is nameof(AccountController.ChangePassword) or nameof(AccountController.SignOutUser))
        {
            return;
        }
        if (controller == "Errors")
        {
            return;
        }
        context.Result = new RedirectResult("/compte/mot-de-passe");
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
