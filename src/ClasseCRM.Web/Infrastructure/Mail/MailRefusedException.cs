namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>A student's mail refused by the SMTP safeguards (<see cref="StudentMailGuard"/>); the message is French, for the form.</summary>
public sealed class MailRefusedException(string message) : Exception(message);
