using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.UnitTests.Architecture;

/// <summary>
/// The dependency rules of DESIGN.md, checked on the compiled app: the domain knows nothing of the web, the database
/// or the features; the access filters are bypassed only in the places listed here; every workspace-owned entity has
/// its access filter.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly App = typeof(AppDbContext).Assembly;

    private static readonly string[] Forbidden = ["ClasseCRM.Web.Infrastructure", "ClasseCRM.Web.Features", "ClasseCRM.Web.Data"];

    /// <summary>The classes allowed to read across the access filters, each for a reason written where it does.</summary>
    private static readonly string[] MayIgnoreQueryFilters =
    [
        "ClasseCRM.Web.Infrastructure.Access.AccessScopeLoader", // builds the scope itself
        "ClasseCRM.Web.Infrastructure.Mail.StudentMailGuard", // counts a student's mail across their workspaces
        "ClasseCRM.Web.Infrastructure.Mail.Outbox", // delivery jobs run without a user
        "ClasseCRM.Web.Features.Reports.ReportService", // the class dashboard, after checking the class is taught
        "ClasseCRM.Web.Features.Admin.TeacherAccountService", // the administrator's accounts
        "ClasseCRM.Web.Features.Admin.AdminController", // the administrator's mail status
        "ClasseCRM.Web.Features.Reminders.ReminderService", // the calendar feed, opened by its token without a session
        "ClasseCRM.Web.Features.Reminders.ReminderJobs", // writes the job id of a reminder its user has just saved
        "ClasseCRM.Web.Features.Schools.SchoolService", // the operator's counts per établissement; a UAI unique across établissements
        "ClasseCRM.Web.Features.RolePlay.PairSessionService", // pair role play: the caller's classmates, the partner's card, the hub's check
    ];

    [Fact]
    public void Domain_UsesNeitherInfrastructureNorFeaturesNorData()
    {
        var breaches = (
            from type in App.GetTypes()
            where type.Namespace?.StartsWith("ClasseCRM.Web.Domain", StringComparison.Ordinal) == true
            from used in IlReferences.TypesUsedBy(type)
            where used.Namespace is { } ns && Forbidden.Any(f => ns.StartsWith(f, StringComparison.Ordinal))
            select $"{type.FullName} → {used.FullName}").Distinct().ToList();

        Assert.Empty(breaches);
    }

    [Fact]
    public void IgnoreQueryFilters_IsUsedOnlyWhereAllowed()
    {
        var users = (
            from type in App.GetTypes()
            from method in type.GetMethods(Flags).Cast<System.Reflection.MethodBase>().Concat(type.GetConstructors(Flags))
            where IlReferences.MembersUsedBy(method).Any(m => m.Name == nameof(EntityFrameworkQueryableExtensions.IgnoreQueryFilters))
            select Outermost(type).FullName).Distinct().ToList();

        Assert.NotEmpty(users);
        Assert.All(users, user => Assert.Contains(user, MayIgnoreQueryFilters));
    }

    [Fact]
    public void EveryEntityOfAWorkspace_HasAnAccessFilter()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options).For(new AccessScope(new HttpContextAccessor()));
        var entities = db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType.Namespace?.StartsWith("ClasseCRM.Web.Domain", StringComparison.Ordinal) == true).ToList();

        var ofAWorkspace = entities.Where(e => typeof(IWorkspaceOwned).IsAssignableFrom(e.ClrType) || e.FindProperty(nameof(IWorkspaceOwned.WorkspaceId)) is not null).ToList();

        Assert.True(ofAWorkspace.Count >= 20, $"{ofAWorkspace.Count} entités d'espace seulement");
        Assert.All(ofAWorkspace, e => Assert.True(e.GetDeclaredQueryFilters().Count > 0, $"{e.ClrType.Name} n'a pas de filtre d'accès"));
    }

    private const System.Reflection.BindingFlags Flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
        | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
