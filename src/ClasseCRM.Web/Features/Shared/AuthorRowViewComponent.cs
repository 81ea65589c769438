using ClasseCRM.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Shared;

/// <summary>
/// « Rédigé par Prénom Nom »: the author of an action shown on a page that holds only its <c>AuthorId</c> (the order
/// page). Nothing is shown for an action made before authorship was recorded. The caller has already read the action
/// through the access filters, so the name read here belongs to someone of that workspace.
/// </summary>
public sealed class AuthorRowViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? authorId)
    {
        var name = authorId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == authorId)
            .Select(u => u.FirstName + " " + u.LastName).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return View("~/Features/Shared/_AuthorRow.cshtml", name);
    }
}
