namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>
/// The workspace a request works on, and who may change it: a student reads and writes their current workspace; a
/// teacher reads a workspace of the classes they teach (<c>?espace=</c>) and never writes in it (the teacher's two
/// writes go through <see cref="AccessScope.AllowClassTeacherWrite"/>). Resolved once per request by
/// <see cref="WorkspaceAttribute"/>; features ask their access questions here, not to one another.
/// </summary>
public sealed class WorkspaceContext(AccessScope scope)
{
    private int? _id;

    /// <summary>The workspace resolved by <see cref="WorkspaceAttribute"/> for this request.</summary>
    public int Id => _id ?? throw new InvalidOperationException("Cette action n'a pas d'attribut [Workspace] : l'espace de travail n'est pas résolu.");

    /// <summary>Whether the user may change this workspace (a student in their own workspace).</summary>
    public bool CanWrite(int workspaceId) => scope.IsStudent && scope.CanWrite(workspaceId);

    /// <summary>The workspace asked for when the user may read it; without one, the student's current workspace.</summary>
    public int? Readable(int? requested) =>
        requested is { } id ? (scope.CanRead(id) ? id : null) : scope.IsStudent ? scope.CurrentWorkspaceId : null;

    /// <summary>The student's current workspace when they may change it; null otherwise.</summary>
    public int? Writable() => Readable(null) is { } id && CanWrite(id) ? id : null;

    public bool IsStudent => scope.IsStudent;

    /// <summary>The name of a student's current workspace, read with the access scope (null for another workspace).</summary>
    public string? KnownName(int workspaceId) => workspaceId == scope.CurrentWorkspaceId ? scope.CurrentWorkspaceName : null;

    internal void Resolve(int workspaceId) => _id = workspaceId;
}
