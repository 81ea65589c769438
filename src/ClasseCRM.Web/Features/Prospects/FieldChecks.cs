using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Validation;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// The field checks a prospect's form and its import share, gathering French messages per field: required and
/// optional texts with their length, a phone read by libphonenumber, an e-mail address's syntax.
/// </summary>
internal sealed class FieldChecks
{
    private static readonly EmailAddressAttribute EmailCheck = new();

    public List<FieldError> Errors { get; } = [];

    public void Add(string field, string message) => Errors.Add(new(field, message));

    public T Fail<T>(string field, string message, T fallback)
    {
        Add(field, message);
        return fallback;
    }

    public string Required(string field, string? value, string message, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            Add(field, message);
        }
        else if (text.Length > max)
        {
            Add(field, $"{max} caractères au plus.");
        }
        return text;
    }

    public string? Optional(string field, string? value, int max)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length > max)
        {
            Add(field, $"{max} caractères au plus.");
        }
        return text;
    }

    public string? Phone(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (FrenchPhone.TryNormalize(value, out _, out var display))
        {
            return display;
        }
        Add(field, $"« {value.Trim()} » n'est pas un numéro de téléphone valide (par exemple 02 99 12 34 56).");
        return value.Trim();
    }

    public string? Email(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        if (text.Length > 254 || !EmailCheck.IsValid(text) || !text.Contains('.', StringComparison.Ordinal) || text.Contains(' ', StringComparison.Ordinal))
        {
            Add(field, $"« {text} » n'est pas une adresse e-mail valide.");
        }
        return text;
    }
}
