namespace ClasseCRM.Web.Infrastructure.Security;

/// <summary>
/// Downloads are never kept by a browser or proxy cache (a shared school computer keeps nothing of a student's files):
/// every response that is an attachment (PDFs of orders, invoices, credit notes, letters and syntheses; CSV/XLSX/DOCX
/// exports; the personal-data file; backups) and the calendar feed answer <c>Cache-Control: no-store</c>. One rule,
/// decided when the response starts, so a new download needs nothing of its own.
/// </summary>
public sealed class NoStoreDownloadsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (IsDownload(response))
            {
                response.Headers.CacheControl = "no-store";
                response.Headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }

    private static bool IsDownload(HttpResponse response) =>
        response.Headers.ContentDisposition.Count > 0
        || (response.ContentType?.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase) ?? false);
}
