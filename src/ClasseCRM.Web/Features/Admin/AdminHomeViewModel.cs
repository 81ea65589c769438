using ClasseCRM.Web.Infrastructure.Mail;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>The administrator's home: their établissement, its counts, and whether they also run the installation.</summary>
public sealed record AdminHomeViewModel(
    SchoolHeading School, int ActiveClasses, int Workspaces, int Accounts, int PendingMail, int FailedMail, MailMode MailMode, bool RunsInstallation);

/// <summary>An établissement as a page heading names it.</summary>
public sealed record SchoolHeading(string Name, string? Uai, string City);
