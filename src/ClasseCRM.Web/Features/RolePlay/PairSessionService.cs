using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// Pair role play (issue 19, item 2), up to the call: a student invites a classmate of their class, or the class's
/// teacher, to play the prospect of a fiche of their phoning operation; the partner joins; the caller ticks the phases
/// of the plan d'appel. Only the caller's class is asked: anyone else cannot be invited, and does not see the session
/// (404). What the partner records is <see cref="PairResultService"/>'s.
/// </summary>
public sealed class PairSessionService(AppDbContext db, AccessScope scope, OperationService operations, RoleCardService cards, TimeProvider clock)
{
    public const string NotAPartnerMessage = "Choisissez comme partenaire un(e) camarade de votre classe ou votre enseignant(e).";
    public const string CancelledMessage = "Cette invitation a été annulée.";
    public const string CallerResultClosedMessage = "L'appel est terminé : votre partenaire a noté ce qui s'est passé, votre résultat ne peut plus changer.";

    /// <summary>
    /// Who may play the prospect for a call of this workspace: the students enrolled in its class (but the caller), then
    /// the class's teacher. Enrolments are read past the query filter (a pupil does not see their classmates'), for this
    /// one class only.
    /// </summary>
    public async Task<List<PairPartnerOption>> PartnersAsync(int workspaceId, CancellationToken ct)
    {
        var me = scope.UserId;
        var schoolClass = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => new { w.ClassId, w.Class!.TeacherId, Teacher = w.Class.Teacher! }).FirstOrDefaultAsync(ct);
        if (schoolClass is null)
        {
            return [];
        }
        var students = await db.Enrollments.IgnoreQueryFilters().Where(e => e.ClassId == schoolClass.ClassId && e.StudentId != me)
            .OrderBy(e => e.Student!.LastName).ThenBy(e => e.Student!.FirstName).ThenBy(e => e.Student!.UserName)
            .Select(e => new { e.StudentId, e.Student!.FirstName, e.Student.LastName, e.Student.UserName })
            .ToListAsync(ct);
        var options = students.Select(s => new PairPartnerOption(s.StudentId, Name(s.FirstName, s.LastName, s.UserName), false)).ToList();
        options.Add(new PairPartnerOption(schoolClass.TeacherId, Name(schoolClass.Teacher.FirstName, schoolClass.Teacher.LastName, schoolClass.Teacher.UserName), true));
        return options;
    }

    private static string Name(string first, string last, string? userName) => $"{first} {last}".Trim() is { Length: > 0 } n ? n : userName ?? "";

    /// <summary>
    /// Invites a partner to play the fiche shown on the phoning page: the fiche must be callable now (the operation's list,
    /// the contact rules), the partner one of <see cref="PartnersAsync"/>. The fiche's role card is drawn if missing.
    /// </summary>
    public async Task<(Outcome Outcome, PairSession? Session)> InviteAsync(Operation operation, PairInviteInput m, string callerName, CancellationToken ct)
    {
        var partner = (await PartnersAsync(operation.WorkspaceId, ct)).Find(p => p.UserId == m.PartnerId);
        if (partner is null)
        {
            return (Outcome.Refused(NotAPartnerMessage, "PartnerId"), null);
        }
        if (await operations.CheckCallableAsync(operation, m.ProspectId, ct) is { Succeeded: false } refused)
        {
            return (refused, null);
        }
        var prospect = await db.Prospects.AsNoTracking().FirstAsync(p => p.Id == m.ProspectId, ct);
        if (m.ContactId is { } cid && !await db.Contacts.AnyAsync(c => c.Id == cid && c.ProspectId == prospect.Id, ct))
        {
            return (Outcome.Refused("Cet interlocuteur n'est pas un contact de ce prospect : l'invitation n'est pas envoyée."), null);
        }
        await cards.EnsureAsync(operation.WorkspaceId, [prospect.Id], ct);
        var session = await AddInvitationAsync(operation, prospect, m.ContactId, partner, callerName, PairKind.Call, null, ct);
        return (Outcome.Done, session);
    }

    /// <summary>
    /// Saves a new invitation of <paramref name="partner"/> to play <paramref name="prospect"/> for the signed-in caller (a
    /// call, or a visit of a tournée): the session starts « invitée », its journal says who invited whom.
    /// </summary>
    internal async Task<PairSession> AddInvitationAsync(Operation operation, Prospect prospect, int? contactId, PairPartnerOption partner,
        string callerName, PairKind kind, int? visitId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new PairSession
        {
            Kind = kind,
            VisitId = visitId,
            WorkspaceId = operation.WorkspaceId,
            ClassId = await db.Workspaces.Where(w => w.Id == operation.WorkspaceId).Select(w => w.ClassId).FirstAsync(ct),
            OperationId = operation.Id,
            ProspectId = prospect.Id,
            ContactId = contactId,
            CallerId = scope.UserId!,
            CallerName = callerName,
            PartnerId = partner.UserId,
            PartnerName = partner.Name,
            PartnerIsTeacher = partner.IsTeacher,
            ProspectName = prospect.Name,
            OperationName = operation.Name,
            State = PairState.Invited,
            CreatedAtUtc = now,
        };
        var what = kind == PairKind.Visit ? $"la visite de {prospect.Name}" : prospect.Name;
        session.Log($"{Clock(now)} — {callerName} invite {partner.Name} à jouer {what}");
        db.PairSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>The session when the user may see it (the caller's workspace or its partner), tracked for a change.</summary>
    public Task<PairSession?> FindAsync(int id, CancellationToken ct) => db.PairSessions.Include(s => s.Call).FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>How the user stands in a session they see: its caller, its partner, or a reader (the class's teacher, the caller's binôme).</summary>
    public PairRole RoleIn(PairSession s) =>
        s.CallerId == scope.UserId ? PairRole.Caller : s.PartnerId == scope.UserId ? PairRole.Partner : PairRole.Reader;

    /// <summary>
    /// The fiche's role card, for who may read it now: the partner while the call is played (never after), the caller once
    /// the partner recorded the outcome (as after a solo call), the class's teacher always. Read past the query filter for
    /// the partner, on the session's own workspace and fiche only.
    /// </summary>
    public async Task<RoleCard?> CardAsync(PairSession s, CancellationToken ct)
    {
        var may = RoleIn(s) switch
        {
            PairRole.Partner => s.CardIsOpen,
            PairRole.Caller => s.IsFinished,
            _ => scope.IsTeacher,
        };
        return may
            ? await db.RoleCards.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == s.WorkspaceId && c.ProspectId == s.ProspectId, ct)
            : null;
    }

    /// <summary>The partner accepts the invitation: the call starts, the card opens on their screen.</summary>
    public async Task<Outcome> JoinAsync(PairSession s, CancellationToken ct)
    {
        if (RoleIn(s) != PairRole.Partner)
        {
            return Outcome.NotFound;
        }
        if (s.State != PairState.Invited)
        {
            return s.State switch
            {
                PairState.Open => Outcome.Done,
                PairState.Cancelled => Outcome.Refused(CancelledMessage),
                _ => Outcome.Refused(s.IsVisit ? "Cette visite est terminée." : "Cet appel est terminé."),
            };
        }
        var now = clock.GetUtcNow().UtcDateTime;
        s.State = PairState.Open;
        s.JoinedAtUtc = now;
        s.Log($"{Clock(now)} — {s.PartnerName} rejoint {PairLabels.Played(s.Kind)} et joue le prospect");
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>The caller ticks a phase of the plan d'appel while the call is not over; the partner sees it live.</summary>
    public async Task<Outcome> TickAsync(PairSession s, CallPhase phase, CancellationToken ct)
    {
        if (RoleIn(s) != PairRole.Caller || !scope.CanWrite(s.WorkspaceId))
        {
            return Outcome.NotFound;
        }
        if (!s.IsPending)
        {
            return Outcome.Refused(s.State == PairState.Cancelled ? CancelledMessage
                : s.IsVisit ? "Cette visite est terminée : votre partenaire a noté ce qui s'est passé." : "Cet appel est terminé : votre partenaire a noté ce qui s'est passé.");
        }
        if (!PairLabels.PhasesOf(s.Kind).Contains(phase))
        {
            return Outcome.Refused(s.IsVisit ? "Cette étape ne fait pas partie de la visite." : "Cette étape ne fait pas partie du plan d'appel.");
        }
        if (s.Tick(phase, Clock(clock.GetUtcNow().UtcDateTime)))
        {
            await db.SaveChangesAsync(ct);
        }
        return Outcome.Done;
    }

    /// <summary>
    /// The caller notes the outcome they believe they reached; it is compared with the partner's, never logged. Only while
    /// the call is pending: once the partner recorded what happened, the comparison is final (a caller who could change
    /// their outcome afterwards would simply copy the partner's).
    /// </summary>
    public async Task<Outcome> CallerResultAsync(PairSession s, PairCallerResultInput m, CancellationToken ct)
    {
        if (RoleIn(s) != PairRole.Caller || !scope.CanWrite(s.WorkspaceId) || s.IsVisit)
        {
            return Outcome.NotFound;
        }
        if (!s.IsPending)
        {
            return Outcome.Refused(s.State == PairState.Cancelled ? CancelledMessage : CallerResultClosedMessage, "CallerOutcome");
        }
        s.CallerOutcome = m.CallerOutcome;
        s.Log($"{Clock(clock.GetUtcNow().UtcDateTime)} — {s.CallerName} note : {Domain.Figures.CallOutcomes.Label(m.CallerOutcome!.Value)}");
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>
    /// The caller withdraws an invitation nobody joined yet (a wrong partner, a partner absent): the session is kept,
    /// « invitation annulée », and leaves the partner's invitations. Once joined, the session is played to its end.
    /// </summary>
    public async Task<Outcome> CancelAsync(PairSession s, CancellationToken ct)
    {
        if (RoleIn(s) != PairRole.Caller || !scope.CanWrite(s.WorkspaceId))
        {
            return Outcome.NotFound;
        }
        if (s.State != PairState.Invited)
        {
            return s.State == PairState.Cancelled ? Outcome.Done
                : Outcome.Refused($"{s.PartnerName} a déjà rejoint {PairLabels.Played(s.Kind)} : l'invitation ne peut plus être annulée.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        s.State = PairState.Cancelled;
        s.FinishedAtUtc = now;
        s.Log($"{Clock(now)} — {s.CallerName} annule l'invitation");
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>The sessions the user may see, latest first: a teacher's classes', a pupil's own and those they play in.</summary>
    public Task<List<PairListItem>> ListAsync(int take, CancellationToken ct) => Items(db.PairSessions, take, ct);

    /// <summary>The invitations waiting for the user and the calls they are playing now (« Aujourd'hui », /jeu-de-role).</summary>
    public Task<List<PairListItem>> InvitationsAsync(CancellationToken ct)
    {
        var me = scope.UserId;
        return Items(db.PairSessions.Where(s => s.PartnerId == me && (s.State == PairState.Invited || s.State == PairState.Open)), 20, ct);
    }

    private static Task<List<PairListItem>> Items(IQueryable<PairSession> sessions, int take, CancellationToken ct) =>
        sessions.AsNoTracking().OrderByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id).Take(take)
            .Select(s => new PairListItem(s.Id, s.CreatedAtUtc, s.CallerName, s.PartnerName, s.ProspectName, s.OperationName, s.State, s.PartnerOutcome, s.DebriefedAtUtc != null)
            {
                Kind = s.Kind,
                VisitResult = s.VisitResult,
            })
            .ToListAsync(ct);

    /// <summary>
    /// The hub's check (a connection joins a session's group only if its user may see the session): its caller, its
    /// partner, a member of its workspace or the teacher of its class. Asked explicitly, past the query filter: a hub call
    /// has no request scope of its own.
    /// </summary>
    public async Task<bool> CanSeeAsync(int id, string? userId, CancellationToken ct)
    {
        if (userId is null)
        {
            return false;
        }
        var s = await db.PairSessions.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.CallerId, p.PartnerId, p.WorkspaceId, p.ClassId }).FirstOrDefaultAsync(ct);
        return s is not null && (s.CallerId == userId || s.PartnerId == userId
            || await db.WorkspaceMembers.IgnoreQueryFilters().AnyAsync(m => m.WorkspaceId == s.WorkspaceId && m.StudentId == userId, ct)
            || await db.Classes.IgnoreQueryFilters().AnyAsync(c => c.Id == s.ClassId && c.TeacherId == userId, ct));
    }

    /// <summary>The time of an event as the journal prints it (Paris).</summary>
    public static string Clock(DateTime utc) => French.ToParis(utc).ToString("dd/MM/yyyy HH:mm", French.Culture);
}
