using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>Answers a change outside the user's scope with 404, the same as a row that does not exist.</summary>
public sealed class NotFoundInScopeFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is NotFoundInScopeException)
        {
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
        }
    }
}
