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

    /// <summary>The établissement the account belongs to; null for the académie operator, who belongs to none.</summary>
    public int? SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>The user wants reminders and the daily digest by mail too (needs an e-mail address).</summary>
    public bool RemindersByMail { get; set; }

    /// <summary>The secret of the user's calendar feed (/relances/calendrier.ics?jeton=…); renewing it cuts off old subscriptions.</summary>
    public string? CalendarToken { get; set; }

    public string DisplayName => $"{FirstName} {LastName}".Trim() is { Length: > 0 } name ? name : UserName ?? "";
}
