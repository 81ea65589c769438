namespace ClasseCRM.Web.Infrastructure.Instances;

/// <summary>One failed sign-in (identifiant + address), kept a minute for <see cref="Security.SignInThrottle"/>: in the database, every app instance counts the same failures.</summary>
public sealed class SignInFailure
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public DateTime AtUtc { get; set; }
}
