using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Infrastructure.Hosting;

/// <summary>
/// The address users reach the application at (<c>App:PublicBaseUrl</c>), e.g. https://crm.lycee.example. Every
/// absolute link the app hands out — the calendar feed and its events, mails, printed sign-in slips — is built from it,
/// never from the request's Host header (which a client chooses freely).
/// </summary>
public sealed class AppOptions : IValidatableObject
{
    public const string Section = "App";

    [Required(ErrorMessage = "App:PublicBaseUrl est obligatoire (l'adresse publique de l'application).")]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The public address without a trailing slash.</summary>
    public string BaseUrl => PublicBaseUrl.TrimEnd('/');

    /// <summary>An absolute address for a path of the app ("/prospects/12" → "https://crm.lycee.example/prospects/12").</summary>
    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            yield return new ValidationResult(
                $"App:PublicBaseUrl doit être une adresse http:// ou https:// complète, sans paramètres (reçu « {PublicBaseUrl} »).",
                [nameof(PublicBaseUrl)]);
        }
    }
}
