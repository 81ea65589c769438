namespace ClasseCRM.Web.Infrastructure.Validation;

/// <summary>A French message about one form field (an empty field name: about the whole form).</summary>
public sealed record FieldError(string Field, string Message);
