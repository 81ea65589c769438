using MimeKit;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>Hands a finished message to a mail server.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
