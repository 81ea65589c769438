using ClasseCRM.Web.Infrastructure.Mail;

namespace ClasseCRM.Web.Features.Admin;

public sealed record AdminHomeViewModel(int ActiveClasses, int Workspaces, int Accounts, int PendingMail, int FailedMail, MailMode MailMode);
