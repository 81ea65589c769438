using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>Sends through the configured SMTP server with MailKit.</summary>
public sealed class SmtpMailTransport(IOptionsMonitor<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            throw new InvalidOperationException("Aucun serveur SMTP n'est configuré (Mail:SmtpHost).");
        }
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = o.SmtpSecurity switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(o.SmtpUserName))
        {
            await client.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword ?? "", ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
