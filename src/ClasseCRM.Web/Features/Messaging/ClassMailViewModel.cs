namespace ClasseCRM.Web.Features.Messaging;

/// <summary>The mail the students of one class sent, newest first, one page of it.</summary>
public sealed record ClassMailViewModel(int ClassId, string ClassName, bool SmtpMode, IReadOnlyList<ClassMailItem> Items, int Page, int Total);
