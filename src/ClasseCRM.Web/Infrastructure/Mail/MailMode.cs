namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>Sandbox keeps every message in the class mailbox (practice mail never reaches a real person); Smtp sends it.</summary>
public enum MailMode
{
    Sandbox = 0,
    Smtp = 1,
}
