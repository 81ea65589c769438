namespace ClasseCRM.Web.Infrastructure.Validation;

/// <summary>
/// What a service answers to a user's action, in one shape across the app: done; refused, with French messages each
/// for a form field (or for the whole form when the field is empty) so the form is shown again with them; or not found,
/// which the controller answers with a 404 (another workspace's row looks like no row).
/// </summary>
public sealed class Outcome
{
    private enum Kind
    {
        Done,
        Refused,
        NotFound,
    }

    private readonly Kind _kind;

    private Outcome(Kind kind, IReadOnlyList<FieldError> errors)
    {
        _kind = kind;
        Errors = errors;
    }

    public static Outcome Done { get; } = new(Kind.Done, []);

    public static Outcome NotFound { get; } = new(Kind.NotFound, []);

    /// <summary>A refusal explained by one message, for the whole form or for <paramref name="field"/>.</summary>
    public static Outcome Refused(string message, string field = "") => new(Kind.Refused, [new FieldError(field, message)]);

    public bool Succeeded => _kind == Kind.Done;

    public bool IsNotFound => _kind == Kind.NotFound;

    public bool IsRefused => _kind == Kind.Refused;

    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>The refusal's messages in one sentence, or null when the action is done (for a flash message).</summary>
    public string? RefusalOrNull() => IsRefused ? Message : null;

    /// <summary>The refusal's messages in one sentence (for a flash message).</summary>
    public string Message => string.Join(" ", Errors.Select(e => e.Message));
}
