using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Errors;

/// <summary>French error pages for the exception handler (/erreur) and the status-code pages (/erreur/404…). No exception text reaches the user.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("erreur")]
    [IgnoreAntiforgeryToken]
    public IActionResult ServerError()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", 500);
    }

    [Route("erreur/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status()
    {
        // Read from the route, not bound: the page is shown again for a POST whose form could not be read, and binding
        // would try that form first and give up.
        var code = int.TryParse(RouteData.Values["code"] as string, out var parsed) ? parsed : 500;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        ViewData["Detail"] = HttpContext.Items[Infrastructure.Security.OversizedRequestMiddleware.DetailItem];
        return View("Error", Response.StatusCode);
    }
}
