using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>Configuration section "Mail": delivery mode, sender, SMTP server and retry policy.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailMode Mode { get; set; } = MailMode.Sandbox;

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "ne-pas-repondre@classecrm.local";

    [Required]
    public string FromName { get; set; } = "ClasseCRM";

    public string SmtpHost { get; set; } = "";

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;

    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.Auto;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>
    /// SMTP mode: the domains a student may write to (one pattern per entry, e.g. <c>exemple.fr</c>, <c>*.ac-rennes.fr</c>;
    /// see <see cref="Domain.Contacting.AllowedMailDomains"/>). Empty: no real address is allowed (the safe default).
    /// </summary>
    public List<string> AllowedDomains { get; set; } = [];

    /// <summary>SMTP mode: messages a student may send a day (Europe/Paris), mailings included. 0 blocks them all.</summary>
    [Range(0, 1000)]
    public int DailyCapPerStudent { get; set; } = 20;

    /// <summary>Attempts before a message is marked "échec" for good.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; each later retry waits twice as long.</summary>
    [Range(1, 3600)]
    public int RetryBaseSeconds { get; set; } = 30;
}
