using ClasseCRM.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// Opens the request's database connection once, before the session check: the ten or so queries of a page then share
/// it instead of taking it from the pool and giving it back each time (the pool is one lock for the whole server). The
/// request's DbContext closes it when the request ends. A database that does not answer (a PostgreSQL server down or a
/// database gone) does not stop the request here: its own queries fail as they would, so <c>/sante</c> answers 503 and
/// the French error page is shown, instead of an exception in this middleware on every page, the error page included.
/// </summary>
public sealed class RequestConnectionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db)
    {
        if (context.GetEndpoint() is not null)
        {
            try
            {
                await db.Database.OpenConnectionAsync(context.RequestAborted);
            }
            catch (System.Data.Common.DbException)
            {
                // Left to the request's queries (see above).
            }
        }
        await next(context);
    }
}
