using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClasseCRM.Web.Data;

/// <summary>
/// The one database context (Identity included). Every workspace-owned entity gets a global query filter from the
/// <see cref="AccessScope"/>, and <see cref="SaveChangesAsync(bool, CancellationToken)"/> refuses changes outside the
/// user's writable workspaces: access is enforced here, in one place.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private AccessScope scope = null!;

    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<ClassEnrollment> Enrollments => Set<ClassEnrollment>();
    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<WorkspaceMember> WorkspaceMembers => Set<WorkspaceMember>();
    public DbSet<Scenario> Scenarios => Set<Scenario>();
    public DbSet<ScenarioProduct> ScenarioProducts => Set<ScenarioProduct>();
    public DbSet<ScenarioObjection> ScenarioObjections => Set<ScenarioObjection>();
    public DbSet<Prospect> Prospects => Set<Prospect>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ProspectNote> ProspectNotes => Set<ProspectNote>();
    public DbSet<ProspectImport> ProspectImports => Set<ProspectImport>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<OperationTarget> OperationTargets => Set<OperationTarget>();
    public DbSet<CallLog> CallLogs => Set<CallLog>();
    public DbSet<OperationCost> OperationCosts => Set<OperationCost>();
    public DbSet<Domain.Planning.OperationPlan> OperationPlans => Set<Domain.Planning.OperationPlan>();
    public DbSet<Domain.Planning.OperationPlanVersion> OperationPlanVersions => Set<Domain.Planning.OperationPlanVersion>();
    public DbSet<MailingSend> MailingSends => Set<MailingSend>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitObjection> VisitObjections => Set<VisitObjection>();
    public DbSet<Domain.Orders.Order> Orders => Set<Domain.Orders.Order>();
    public DbSet<Domain.Orders.OrderLine> OrderLines => Set<Domain.Orders.OrderLine>();
    public DbSet<Domain.Orders.OrderPayment> OrderPayments => Set<Domain.Orders.OrderPayment>();
    public DbSet<Domain.Orders.OrderIssue> OrderIssues => Set<Domain.Orders.OrderIssue>();
    public DbSet<Domain.Orders.DocumentCounter> DocumentCounters => Set<Domain.Orders.DocumentCounter>();
    public DbSet<Domain.Orders.Invoice> Invoices => Set<Domain.Orders.Invoice>();
    public DbSet<Domain.Orders.InvoiceLine> InvoiceLines => Set<Domain.Orders.InvoiceLine>();
    public DbSet<Domain.Orders.InvoiceVatLine> InvoiceVatLines => Set<Domain.Orders.InvoiceVatLine>();
    public DbSet<Domain.Loyalty.LoyaltyAction> LoyaltyActions => Set<Domain.Loyalty.LoyaltyAction>();
    public DbSet<Domain.Reminders.Reminder> Reminders => Set<Domain.Reminders.Reminder>();
    public DbSet<Domain.Syntheses.Synthesis> Syntheses => Set<Domain.Syntheses.Synthesis>();
    public DbSet<Domain.Syntheses.SynthesisAssessment> SynthesisAssessments => Set<Domain.Syntheses.SynthesisAssessment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Domain.RolePlay.ScenarioRolePlay> ScenarioRolePlays => Set<Domain.RolePlay.ScenarioRolePlay>();
    public DbSet<Domain.RolePlay.RoleCard> RoleCards => Set<Domain.RolePlay.RoleCard>();
    public DbSet<Domain.RolePlay.RolePlaySession> RolePlaySessions => Set<Domain.RolePlay.RolePlaySession>();
    public DbSet<Domain.RolePlay.PairSession> PairSessions => Set<Domain.RolePlay.PairSession>();

    // Shared by every app instance on one database (issue 20): data-protection keys (on PostgreSQL), failed sign-ins,
    // the server-side session (on PostgreSQL).
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Infrastructure.Instances.SignInFailure> SignInFailures => Set<Infrastructure.Instances.SignInFailure>();
    public DbSet<Infrastructure.Instances.SharedCacheEntry> SharedCacheEntries => Set<Infrastructure.Instances.SharedCacheEntry>();

    public AccessScope Scope => scope;

    /// <summary>
    /// The access scope this context filters by. Contexts are pooled (one fewer set of EF services to build and throw away
    /// per request): the DI registration rents one and gives it the request's scope, so every use sets it first.
    /// </summary>
    internal AppDbContext For(AccessScope accessScope)
    {
        scope = accessScope;
        return this;
    }

    // The query filters read these members of the context, so EF evaluates them again for every query.
    private bool ScopeIsSystem => scope.IsSystem;
    private bool ScopeIsAdmin => !scope.IsSystem && scope.IsAdmin;
    private bool ScopeIsOperator => !scope.IsSystem && scope.IsOperator;
    private int? ScopeSchoolId => scope.IsSystem ? null : scope.SchoolId;
    private string? ScopeUserId => scope.IsSystem ? null : scope.UserId;
    private List<int> ScopeWorkspaceIds => scope.IsSystem ? [] : scope.WorkspaceIds;

    /// <summary>
    /// A student's current workspace, which is one of <see cref="ScopeWorkspaceIds"/> (-1, no workspace, otherwise). The
    /// workspace filters compare it first, which lets the same rows through: a row of the workspace a student works in
    /// is then one comparison, where looking its workspace up in the list doubled the cost of a search walking thousands
    /// of fiches on SQLite (docs/BENCHMARKS.md « Eighteenth session »).
    /// </summary>
    private int ScopeCurrentWorkspaceId =>
        !scope.IsSystem && scope.CurrentWorkspaceId is { } current && scope.WorkspaceIds.Contains(current) ? current : -1;
    private List<int> ScopeClassIds => scope.IsSystem ? [] : scope.ClassIds;
    private List<int> ScopeTaughtClassIds => scope.IsSystem ? [] : scope.TaughtClassIds;
    private List<int> ScopeScenarioIds => scope.IsSystem ? [] : scope.ScenarioIds;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        Infrastructure.Data.ProspectSearchRow.Configure(builder, Database);
        Infrastructure.Data.SearchWordRow.Configure(builder);

        // An établissement is seen by its own people, and by the académie operator who creates them.
        builder.Entity<School>().HasQueryFilter(s => ScopeIsSystem || ScopeIsOperator || (ScopeSchoolId != null && s.Id == ScopeSchoolId));
        builder.Entity<SchoolClass>().HasQueryFilter(c => ScopeIsSystem || ScopeClassIds.Contains(c.Id));
        builder.Entity<ClassEnrollment>().HasQueryFilter(e => ScopeIsSystem || ScopeTaughtClassIds.Contains(e.ClassId) || e.StudentId == ScopeUserId);
        builder.Entity<Workspace>().HasQueryFilter(w => ScopeIsSystem || w.Id == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(w.Id));
        builder.Entity<WorkspaceMember>().HasQueryFilter(m => ScopeIsSystem || m.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(m.WorkspaceId));
        builder.Entity<Scenario>().HasQueryFilter(s => ScopeIsSystem || s.OwnerId == null || s.OwnerId == ScopeUserId || ScopeScenarioIds.Contains(s.Id));
        builder.Entity<Prospect>().HasQueryFilter(p => ScopeIsSystem || p.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(p.WorkspaceId));
        builder.Entity<Contact>().HasQueryFilter(c => ScopeIsSystem || c.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(c.WorkspaceId));
        builder.Entity<Infrastructure.Data.SearchWordRow>().HasQueryFilter(w => ScopeIsSystem || w.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(w.WorkspaceId));
        builder.Entity<ProspectNote>().HasQueryFilter(n => ScopeIsSystem || n.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(n.WorkspaceId));
        builder.Entity<ProspectImport>().HasQueryFilter(i => ScopeIsSystem || i.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(i.WorkspaceId));
        builder.Entity<Operation>().HasQueryFilter(o => ScopeIsSystem || o.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(o.WorkspaceId));
        builder.Entity<OperationTarget>().HasQueryFilter(t => ScopeIsSystem || t.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(t.WorkspaceId));
        builder.Entity<CallLog>().HasQueryFilter(c => ScopeIsSystem || c.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(c.WorkspaceId));
        builder.Entity<OperationCost>().HasQueryFilter(c => ScopeIsSystem || c.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(c.WorkspaceId));
        builder.Entity<Domain.Planning.OperationPlan>().HasQueryFilter(p => ScopeIsSystem || p.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(p.WorkspaceId));
        builder.Entity<Domain.Planning.OperationPlanVersion>().HasQueryFilter(v => ScopeIsSystem || v.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(v.WorkspaceId));
        builder.Entity<MailingSend>().HasQueryFilter(m => ScopeIsSystem || m.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(m.WorkspaceId));
        builder.Entity<Visit>().HasQueryFilter(v => ScopeIsSystem || v.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(v.WorkspaceId));
        builder.Entity<VisitObjection>().HasQueryFilter(o => ScopeIsSystem || o.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(o.WorkspaceId));
        builder.Entity<Domain.Orders.Order>().HasQueryFilter(o => ScopeIsSystem || o.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(o.WorkspaceId));
        builder.Entity<Domain.Orders.OrderLine>().HasQueryFilter(l => ScopeIsSystem || l.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(l.WorkspaceId));
        builder.Entity<Domain.Orders.OrderPayment>().HasQueryFilter(p => ScopeIsSystem || p.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(p.WorkspaceId));
        builder.Entity<Domain.Orders.OrderIssue>().HasQueryFilter(i => ScopeIsSystem || i.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(i.WorkspaceId));
        builder.Entity<Domain.Orders.DocumentCounter>().HasQueryFilter(c => ScopeIsSystem || c.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(c.WorkspaceId));
        builder.Entity<Domain.Orders.Invoice>().HasQueryFilter(i => ScopeIsSystem || i.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(i.WorkspaceId));
        builder.Entity<Domain.Orders.InvoiceLine>().HasQueryFilter(l => ScopeIsSystem || l.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(l.WorkspaceId));
        builder.Entity<Domain.Orders.InvoiceVatLine>().HasQueryFilter(v => ScopeIsSystem || v.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(v.WorkspaceId));
        builder.Entity<Domain.Loyalty.LoyaltyAction>().HasQueryFilter(a => ScopeIsSystem || a.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(a.WorkspaceId));
        builder.Entity<Domain.Reminders.Reminder>().HasQueryFilter(r => ScopeIsSystem || r.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(r.WorkspaceId));
        builder.Entity<Domain.Syntheses.Synthesis>().HasQueryFilter(s => ScopeIsSystem || s.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(s.WorkspaceId));
        builder.Entity<Domain.Syntheses.SynthesisAssessment>().HasQueryFilter(a => ScopeIsSystem || a.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(a.WorkspaceId));
        builder.Entity<Domain.RolePlay.RoleCard>().HasQueryFilter(c => ScopeIsSystem || c.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(c.WorkspaceId));
        builder.Entity<Domain.RolePlay.RolePlaySession>().HasQueryFilter(r => ScopeIsSystem || r.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(r.WorkspaceId));
        // A pair session is the caller's workspace's, and its partner's (a classmate or the teacher): nobody else's.
        builder.Entity<Domain.RolePlay.PairSession>().HasQueryFilter(p => ScopeIsSystem || p.WorkspaceId == ScopeCurrentWorkspaceId || ScopeWorkspaceIds.Contains(p.WorkspaceId) || p.PartnerId == ScopeUserId);
        // The mail queue: an administrator's établissement's, a workspace's own messages; the académie operator's own
        // (test mails: no établissement), not the lycées' (their students' addresses and subjects).
        builder.Entity<OutboxMessage>().HasQueryFilter(m => ScopeIsSystem || (ScopeIsOperator && m.SchoolId == null)
            || (ScopeIsAdmin && ScopeSchoolId != null && m.SchoolId == ScopeSchoolId)
            || (m.WorkspaceId != null && ScopeWorkspaceIds.Contains(m.WorkspaceId.Value)));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Checks the write scope, then saves; retries a few times when the database answers busy (SQLite) or a serialization
    /// failure (PostgreSQL) outside an explicit transaction (<see cref="Infrastructure.Data.TransientWriteErrors"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnsureWritableScope();
        StampAuthors();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException ex) when (Infrastructure.Data.TransientWriteErrors.IsRetryable(ex) && attempt < Infrastructure.Data.TransientWriteErrors.MaxAttempts && Database.CurrentTransaction is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Binômes (issue 16): an action made now records the signed-in user as its author — a new row, or a visit whose
    /// first compte rendu is being written (<see cref="IAuthoredAction.IsMade"/>). An author already set (the demo's) is
    /// kept; a row changed later keeps its author, or its lack of one: an old row's author is never guessed. The system
    /// (jobs, start-up, the demo) stamps nothing.
    /// </summary>
    private void StampAuthors()
    {
        if (scope.IsSystem || scope.UserId is not { } userId)
        {
            return;
        }
        foreach (var entry in ChangeTracker.Entries<IAuthoredAction>())
        {
            if (entry.Entity.AuthorId is null && entry.Entity.IsMade && IsBeingMade(entry))
            {
                entry.Entity.AuthorId = userId;
            }
        }
    }

    private static bool IsBeingMade(EntityEntry<IAuthoredAction> entry) => entry.State switch
    {
        EntityState.Added => true,
        EntityState.Modified => entry.Entity is Visit && entry.Property(nameof(Visit.ReportedAtUtc)).OriginalValue is null,
        _ => false,
    };

    private void EnsureWritableScope()
    {
        if (scope.IsSystem)
        {
            return;
        }
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var workspaceId = entry.Entity switch
            {
                // The partner of a pair session writes its own part of it (outcome, debrief) from outside the workspace.
                Domain.RolePlay.PairSession pair when pair.PartnerId == scope.UserId => null,
                IWorkspaceOwned owned => owned.WorkspaceId,
                OutboxMessage { WorkspaceId: { } id } => id,
                _ => (int?)null,
            };
            if (workspaceId is { } ws && !scope.CanWrite(ws))
            {
                throw new NotFoundInScopeException("Modification hors de l'espace de travail autorisé.");
            }
        }
    }
}
