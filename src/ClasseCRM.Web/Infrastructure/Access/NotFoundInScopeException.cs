namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>Thrown when a change touches a row outside the user's writable scope. Answered as 404, so ids leak nothing.</summary>
public sealed class NotFoundInScopeException(string message) : Exception(message);
