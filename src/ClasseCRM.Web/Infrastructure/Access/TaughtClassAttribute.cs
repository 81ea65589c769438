using ClasseCRM.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>
/// Resolves the class of the action's route (<c>{classId}</c>, or <c>{id}</c> under /classes) before it runs, when the
/// signed-in teacher teaches it (<see cref="TaughtClassContext.Class"/>); any other class — another teacher's, an
/// unknown id — answers 404, as a row that does not exist. One place for the question every class page asks.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class TaughtClassAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var route = context.RouteData.Values;
        var scope = context.HttpContext.RequestServices.GetRequiredService<AccessScope>();
        if (!int.TryParse((route["classId"] ?? route["id"]) as string, out var classId) || !scope.IsTeacher)
        {
            context.Result = new NotFoundResult();
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var schoolClass = await db.Classes.FirstOrDefaultAsync(c => c.Id == classId && c.TeacherId == scope.UserId, context.HttpContext.RequestAborted);
        if (schoolClass is null)
        {
            context.Result = new NotFoundResult();
            return;
        }
        context.HttpContext.RequestServices.GetRequiredService<TaughtClassContext>().Resolve(schoolClass);
        await next();
    }
}
