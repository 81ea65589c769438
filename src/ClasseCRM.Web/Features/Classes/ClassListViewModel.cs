namespace ClasseCRM.Web.Features.Classes;

public sealed record ClassListViewModel(List<ClassListItem> Active, List<ClassListItem> Archived);

public sealed record ClassListItem(int Id, string Name, string SchoolYear, int StudentCount, int WorkspaceCount);
