namespace ClasseCRM.Web.Features.Admin;

public sealed record TeacherListItem(string Id, string UserName, string FullName, string? Email, int ClassCount, bool IsLockedOut);
