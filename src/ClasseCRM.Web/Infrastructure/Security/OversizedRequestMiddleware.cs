using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ClasseCRM.Web.Infrastructure.Security;

/// <summary>
/// A request whose body cannot be read (a 10 MB field, too many fields, a body over the size allowed, a NUL byte that
/// the form decoder refuses, a malformed form) answers 400 or 413 with a French page that says what happened — never
/// the 500 page, nor the « demande incomprise » of a failed antiforgery check — and leaves one warning line in the log.
/// A URL-encoded form is read here, first, so its failure is named; a multipart form (file uploads, which set their
/// own limits on their action) is read by MVC, and its failure is recognised here on the way out.
/// </summary>
public sealed class OversizedRequestMiddleware(RequestDelegate next, ILogger<OversizedRequestMiddleware> logger)
{
    public const string DetailItem = "ErrorDetail";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            // The error page shown for a refused body runs the same request again: its form is not read a second time.
            var errorPage = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
            if (!errorPage && HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
                && context.Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && Refusal(ex) is { } refusal)
        {
            logger.LogWarning("Requête {Method} {Path} refusée ({Status}) : {Reason}", context.Request.Method, context.Request.Path, refusal.Status, Innermost(ex).Message);
            context.Response.Clear();
            context.Response.StatusCode = refusal.Status;
            context.Items[DetailItem] = refusal.Message;
        }
    }

    /// <summary>The status and French message for a body the server refused to read; null for any other failure.</summary>
    private static (int Status, string Message)? Refusal(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge:
                    return (StatusCodes.Status413PayloadTooLarge, TooLarge);
                case BadHttpRequestException bad:
                    return (bad.StatusCode, Unreadable);
                case InvalidDataException invalid when invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase):
                    return (StatusCodes.Status413PayloadTooLarge, TooLarge);
                case InvalidDataException invalid when invalid.Message.Contains("invalid characters", StringComparison.OrdinalIgnoreCase):
                    return (StatusCodes.Status400BadRequest, InvalidCharacter);
                case InvalidDataException:
                    return (StatusCodes.Status400BadRequest, Unreadable);
                case ValueProviderException:
                    continue;
            }
        }
        return null;
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;

    private const string TooLarge = "Le formulaire envoyé est trop volumineux : un texte dépasse la taille autorisée. "
        + "Revenez à la page précédente (ce que vous aviez saisi y est encore), raccourcissez le texte puis réessayez.";

    private const string InvalidCharacter = "Le formulaire contient un caractère invisible non autorisé (caractère nul), souvent venu d'un copier-coller. "
        + "Revenez à la page précédente (ce que vous aviez saisi y est encore), retapez le passage collé puis réessayez.";

    private const string Unreadable = "Le formulaire envoyé n'a pas pu être lu. Revenez à la page précédente et réessayez.";
}
