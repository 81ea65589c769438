namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>What an action does with its workspace: read it (a teacher may, with <c>?espace=</c>) or change it (its student only).</summary>
public enum WorkspaceUse
{
    Read,
    Write,
}
