using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Opens the request's database connection once, before the session check: the ten or so queries of a page then share
/// it instead of taking it from the pool and giving it back each time (the pool is one lock for the whole server). The
/// request's DbContext closes it when the request ends.
/// </summary>
public sealed class RequestConnectionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db)
    {
        if (context.GetEndpoint() is not null)
        {
            await db.Database.OpenConnectionAsync(context.RequestAborted);
        }
        await next(context);
    }
}
