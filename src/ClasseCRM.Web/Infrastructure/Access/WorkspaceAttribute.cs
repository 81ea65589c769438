using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>
/// Resolves the action's workspace before it runs (<see cref="WorkspaceContext.Id"/>), in one place: to read, the
/// workspace of <c>?espace=</c> the user may read, else the student's current one; to write, the student's current
/// workspace when they may change it. A student without a workspace yet gets the shared « pas encore d'espace » page;
/// anything else outside the user's scope answers 404, as a row that does not exist.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class WorkspaceAttribute(WorkspaceUse use = WorkspaceUse.Read) : Attribute, IAsyncActionFilter
{
    public const string NoWorkspaceView = "NoWorkspace";

    public WorkspaceUse Use => use;

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var workspace = context.HttpContext.RequestServices.GetRequiredService<WorkspaceContext>();
        int? requested = int.TryParse(context.HttpContext.Request.Query["espace"], out var e) ? e : null;
        var id = use == WorkspaceUse.Write ? workspace.Writable() : workspace.Readable(requested);
        if (id is { } resolved)
        {
            workspace.Resolve(resolved);
            return next();
        }
        var noWorkspaceYet = use == WorkspaceUse.Read && requested is null && workspace.IsStudent;
        context.Result = noWorkspaceYet && context.Controller is Controller controller ? controller.View(NoWorkspaceView) : new NotFoundResult();
        return Task.CompletedTask;
    }
}
