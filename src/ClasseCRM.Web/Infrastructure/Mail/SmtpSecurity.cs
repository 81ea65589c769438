namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>How the SMTP connection is secured (mirrors MailKit's SecureSocketOptions with readable names).</summary>
public enum SmtpSecurity
{
    None = 0,
    Auto = 1,
    StartTls = 2,
    SslOnConnect = 3,
}
