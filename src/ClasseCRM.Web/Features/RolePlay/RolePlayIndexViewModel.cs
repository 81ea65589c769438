namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>/jeu-de-role: the latest exchanges the user may read and, for a teacher, their classes with their workspaces.</summary>
public sealed record RolePlayIndexViewModel(List<RolePlayIndexItem> Sessions, List<RolePlayClassItem> Classes, bool IsTeacher);
