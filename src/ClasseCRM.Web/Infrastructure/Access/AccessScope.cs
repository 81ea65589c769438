using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>
/// Who is acting and what they may read and write. One instance per DI scope: in an HTTP request it is loaded from the
/// signed-in user by <see cref="AccessScopeMiddleware"/>; outside a request (start-up, jobs, seeding) it is the system,
/// which sees everything. <see cref="Data.AppDbContext"/> turns it into global query filters, so no controller has to
/// remember it: a row the user may not see does not exist for them (404).
/// </summary>
public sealed class AccessScope(IHttpContextAccessor httpContextAccessor)
{
    private bool _loaded;
    private List<int> _workspaceIds = [];
    private List<int> _writableWorkspaceIds = [];
    private List<int> _classIds = [];
    private List<int> _taughtClassIds = [];
    private List<int> _scenarioIds = [];
    private readonly HashSet<int> _granted = [];

    /// <summary>True outside an HTTP request: jobs and start-up code act for the school as a whole.</summary>
    public bool IsSystem => httpContextAccessor.HttpContext is null;

    public string? UserId { get; private set; }
    public string? Role { get; private set; }
    public bool IsAdmin => Role == Roles.Admin;
    public bool IsOperator => Role == Roles.Operator;
    public bool IsTeacher => Role == Roles.Teacher;
    public bool IsStudent => Role == Roles.Student;

    /// <summary>
    /// The établissement of the user (issue 20, item 5): an administrator manages its teachers and its mail queue only,
    /// a teacher's new class and their students belong to it. Null for the académie operator and the system.
    /// </summary>
    public int? SchoolId { get; private set; }

    /// <summary>Workspaces the user may read: a student's own, or every workspace of a teacher's classes.</summary>
    public List<int> WorkspaceIds => Ensure(_workspaceIds);

    /// <summary>Workspaces the user may change: a student's own, in classes that are not archived.</summary>
    public List<int> WritableWorkspaceIds => Ensure(_writableWorkspaceIds);

    /// <summary>Classes the user belongs to: taught (teacher) or enrolled in (student).</summary>
    public List<int> ClassIds => Ensure(_classIds);

    /// <summary>Classes the user teaches.</summary>
    public List<int> TaughtClassIds => Ensure(_taughtClassIds);

    /// <summary>Scenarios used by the workspaces the user may read.</summary>
    public List<int> ScenarioIds => Ensure(_scenarioIds);

    /// <summary>The workspace a student is working in now (chosen in the header when they have several).</summary>
    public int? CurrentWorkspaceId { get; private set; }

    /// <summary>The name of <see cref="CurrentWorkspaceId"/> (null for a teacher or the system).</summary>
    public string? CurrentWorkspaceName { get; private set; }

    /// <summary>The key of the référentiel of the current workspace's class (null for a teacher or the system).</summary>
    public string? CurrentReferentiel { get; private set; }

    public bool CanRead(int workspaceId) => IsSystem || WorkspaceIds.Contains(workspaceId);

    public bool CanWrite(int workspaceId) => IsSystem || WritableWorkspaceIds.Contains(workspaceId) || _granted.Contains(workspaceId);

    /// <summary>
    /// Lets a teacher fill a workspace they have just created for a class they teach (handing a scenario out). With
    /// <see cref="AllowClassTeacherWrite"/>, the only writes a teacher makes inside a workspace. The caller has checked the class.
    /// </summary>
    public void AllowWritesToCreatedWorkspace(int workspaceId, int classId)
    {
        if (!IsSystem && TaughtClassIds.Contains(classId))
        {
            _granted.Add(workspaceId);
        }
    }

    /// <summary>
    /// Lets the class's teacher write inside a student's workspace, for what only a teacher does there: the answer a
    /// prospect sends to a student's message (Sandbox), the "accord du responsable" on an order outside the negotiation
    /// room, the assessment of a handed-in document, and for role play the prospects' role cards and « appels joués
    /// uniquement » on an operation. Only for a workspace of their classes; the caller checked what is written.
    /// </summary>
    public bool AllowClassTeacherWrite(int workspaceId)
    {
        if (IsSystem || !IsTeacher || !WorkspaceIds.Contains(workspaceId))
        {
            return false;
        }
        _granted.Add(workspaceId);
        return true;
    }

    /// <summary>
    /// Pair role play (issue 19, item 2): while a pair session is played, its partner — a classmate of the caller's class
    /// or the class's teacher — reads the fiche's role card and logs the call in the caller's workspace. For this request
    /// only, and only when the caller (<c>PairSessionService</c>) checked that the user is the partner of a session
    /// open in that workspace.
    /// </summary>
    public void AllowPairPartner(int workspaceId)
    {
        if (IsSystem || UserId is null)
        {
            return;
        }
        if (!WorkspaceIds.Contains(workspaceId))
        {
            _workspaceIds = [.. _workspaceIds, workspaceId];
        }
        _granted.Add(workspaceId);
    }

    internal void Load(AccessScopeData data)
    {
        UserId = data.UserId;
        Role = data.Role;
        SchoolId = data.SchoolId;
        _workspaceIds = data.WorkspaceIds;
        _writableWorkspaceIds = data.WritableWorkspaceIds;
        _classIds = data.ClassIds;
        _taughtClassIds = data.TaughtClassIds;
        _scenarioIds = data.ScenarioIds;
        CurrentWorkspaceId = data.CurrentWorkspaceId;
        CurrentWorkspaceName = data.CurrentWorkspaceName;
        CurrentReferentiel = data.CurrentReferentiel;
        _loaded = true;
    }

    /// <summary>Marks an anonymous request: it may read nothing.</summary>
    internal void LoadAnonymous() => _loaded = true;

    private List<int> Ensure(List<int> ids)
    {
        // Fail closed: inside a request, a query that runs before the scope is loaded is a bug, not an open door.
        if (!IsSystem && !_loaded)
        {
            throw new InvalidOperationException("Le périmètre d'accès n'est pas chargé pour cette requête.");
        }
        return ids;
    }
}
