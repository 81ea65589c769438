using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ClasseCRM.Web.Infrastructure.Binding;

/// <summary>
/// A page read with a date outside 2000–2100 in its address (?du=9999-12-31): the date is ignored (the page uses its
/// default), the French message is shown and the answer is a 400, never a 500. Forms show the message on their field.
/// </summary>
public sealed class BadDateInAddressFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var badDate = HttpMethods.IsGet(context.HttpContext.Request.Method)
            && context.ModelState.Values.Any(v => v.Errors.Any(e => e.ErrorMessage == BoundedDateModelBinder.Message));
        if (badDate && context.Controller is Controller controller)
        {
            controller.ViewData["Error"] = BoundedDateModelBinder.Message;
        }
        var executed = await next();
        if (badDate && executed.Exception is null)
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
