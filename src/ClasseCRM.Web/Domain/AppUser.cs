using Microsoft.AspNetCore.Identity;

namespace ClasseCRM.Web.Domain;

/// <summary>An account. Users sign in with an identifiant (UserName); the e-mail address is optional (minors may have none).</summary>
public sealed class AppUser : IdentityUser
{
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";

    /// <summary>True when the password was issued by someone else (a teacher or an admin): the user must choose a new one at next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string DisplayName => $"{FirstName} {LastName}".Trim() is { Length: > 0 } name ? name : UserName ?? "";
}
