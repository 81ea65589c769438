using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Reminders;
using ClasseCRM.Web.Features.RolePlay;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo's pair role play (issue 19, item 2): on the last working day, after her solo call, eleve1 called the next
/// fiche of her phoning list while eleve2, a classmate, played the prospect from its role card. She ticked every phase
/// of the plan d'appel; eleve2 noted that she reached the décideur, that two objections were raised and that the prospect
/// asked to be called back after the pitch — the call logged with that outcome, mode « jeu de rôle », and its call-back
/// reminder — while eleve1 had noted « RDV obtenu » (the disagreement both screens show); then eleve2 wrote the debrief.
/// Draws nothing from the demo's random generator.
/// </summary>
public sealed class PairRolePlayStory(AppDbContext db, ReminderPlanner reminders)
{
    private static readonly (CallPhase Phase, SkillLevel Level, string Comment)[] Debrief =
    [
        (CallPhase.Opening, SkillLevel.Acquired, "Présentation claire, le barrage est passé poliment."),
        (CallPhase.Discovery, SkillLevel.InProgress, "Deux questions ouvertes seulement : le besoin caché n'est pas apparu."),
        (CallPhase.Argument, SkillLevel.Acquired, "Argument bien relié au confort d'utilisation."),
        (CallPhase.Objections, SkillLevel.InProgress, "Le prix est traité par la compensation ; le délai aurait demandé une preuve."),
        (CallPhase.Closing, SkillLevel.NotAcquired, "Le RDV n'a pas été proposé par l'alternative : le prospect a demandé à être rappelé."),
    ];

    public async Task SeedAsync(DateTime now, CancellationToken ct)
    {
        var caller = await db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve1")
            .Select(m => new { m.WorkspaceId, m.StudentId, m.Workspace!.ClassId, m.Student!.FirstName, m.Student.LastName }).FirstOrDefaultAsync(ct);
        var partner = caller is null ? null
            : await db.Enrollments.Where(e => e.ClassId == caller.ClassId && e.Student!.UserName == "eleve2").Select(e => new { e.StudentId, e.Student!.FirstName, e.Student.LastName }).FirstOrDefaultAsync(ct);
        var operation = caller is null ? null
            : await db.Operations.Where(o => o.WorkspaceId == caller.WorkspaceId && o.Channel == Domain.Contacting.Channel.Phone).OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        if (caller is null || partner is null || operation is null)
        {
            return;
        }
        var called = db.CallLogs.Where(c => c.OperationId == operation.Id).Select(c => c.ProspectId);
        // Not the fiche past its retention period (3 years without contact): the demo keeps it for the RGPD reminder.
        var retained = now.AddYears(-3);
        var target = await db.OperationTargets.Where(t => t.OperationId == operation.Id && !t.Excluded && !called.Contains(t.ProspectId))
            .Where(t => (t.Prospect!.LastContactAtUtc ?? t.Prospect.CreatedAtUtc) >= retained)
            .OrderBy(t => t.Position).Select(t => (int?)t.ProspectId).FirstOrDefaultAsync(ct);
        if (target is not { } prospectId)
        {
            return;
        }
        var prospect = await db.Prospects.Include(p => p.Contacts).FirstAsync(p => p.Id == prospectId, ct);
        var scenarioId = await db.Workspaces.Where(w => w.Id == caller.WorkspaceId).Select(w => w.ScenarioId).FirstAsync(ct);
        var grid = await db.ScenarioObjections.Where(o => o.ScenarioId == scenarioId).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        var card = RoleCardGenerator.Generate(new RoleCardFacts(caller.WorkspaceId, prospect.Id, prospect.Kind == ProspectKind.Individual, prospect.CurrentSupplier),
            ScenarioRolePlay.Defaults(scenarioId), grid, now);
        db.RoleCards.Add(card);

        var calendar = new DemoCalendar(now);
        var at = DemoCalendar.At(calendar.WorkingDay(-1), 14, 30);
        var callBack = DemoCalendar.At(calendar.WorkingDay(1), card.ReachableHour, 0);
        var contact = prospect.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault();
        var callerName = $"{caller.FirstName} {caller.LastName}";
        var partnerName = $"{partner.FirstName} {partner.LastName}";
        var raised = card.Objections.Take(2).Select(o => o.Text).ToList();
        var session = new PairSession
        {
            WorkspaceId = caller.WorkspaceId,
            ClassId = caller.ClassId,
            OperationId = operation.Id,
            ProspectId = prospect.Id,
            ContactId = contact?.Id,
            CallerId = caller.StudentId,
            CallerName = callerName,
            PartnerId = partner.StudentId,
            PartnerName = partnerName,
            ProspectName = prospect.Name,
            OperationName = operation.Name,
            State = PairState.Finished,
            Reached = PairReached.DecisionMaker,
            RaisedObjections = raised,
            PartnerOutcome = CallOutcome.PitchedCallBack,
            PartnerNotes = "Intéressé, mais veut en parler à son associé.",
            CallerOutcome = CallOutcome.AppointmentMade,
            CreatedAtUtc = at,
            JoinedAtUtc = at.AddMinutes(1),
            FinishedAtUtc = at.AddMinutes(9),
            DebriefedAtUtc = at.AddMinutes(15),
            Debrief = Debrief.Select(d => new PairDebriefItem { Phase = d.Phase, Level = d.Level, Comment = d.Comment }).ToList(),
        };
        string Clock(int minutes) => PairSessionService.Clock(at.AddMinutes(minutes));
        session.Log($"{Clock(0)} — {callerName} invite {partnerName} à jouer {prospect.Name}");
        session.Log($"{Clock(1)} — {partnerName} rejoint l'appel et joue le prospect");
        foreach (var (phase, minute) in PairLabels.Phases.Select((p, i) => (p, 2 + i)))
        {
            session.Tick(phase, Clock(minute));
        }
        session.Log($"{Clock(8)} — {callerName} note : {CallOutcomes.Label(CallOutcome.AppointmentMade)}");
        session.Log($"{Clock(9)} — {partnerName} note : joint {PairLabels.Of(PairReached.DecisionMaker)}, "
            + $"{Infrastructure.Formatting.French.Plural(raised.Count, "objection soulevée", "objections soulevées")}, {CallOutcomes.Label(CallOutcome.PitchedCallBack)}");
        session.Log($"{Clock(15)} — {partnerName} écrit le débrief");
        session.Call = new CallLog
        {
            WorkspaceId = caller.WorkspaceId,
            OperationId = operation.Id,
            ProspectId = prospect.Id,
            ContactId = contact?.Id,
            Outcome = CallOutcome.PitchedCallBack,
            Mode = CallMode.RolePlay,
            Notes = $"Jeu de rôle en binôme avec {partnerName} : joint {PairLabels.Of(PairReached.DecisionMaker)} ; objections : {string.Join(" / ", raised)}. {session.PartnerNotes}",
            CalledAtUtc = at.AddMinutes(9),
            FollowUpAtUtc = callBack,
            AuthorId = caller.StudentId,
        };
        db.PairSessions.Add(session);
        prospect.LastContactAtUtc = at.AddMinutes(9);
        await reminders.UpsertAsync(new(caller.WorkspaceId, $"call:{operation.Id}:{prospect.Id}", ReminderKind.CallBack, callBack,
            ReminderTexts.CallBack(prospect.Name), prospect.Id, operation.Id, Details: $"{CallOutcomes.Label(CallOutcome.PitchedCallBack)}. {session.PartnerNotes}"), ct);
        await db.SaveChangesAsync(ct);
    }
}
