using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Reminders;
using ClasseCRM.Web.Features.RolePlay;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo's solo role play (issue 19): eleve1 played one call of her phoning against the simulator on the last working
/// day — the first fiche of her list not called yet, its role card drawn as the app draws it, every objection answered
/// with a technique the rule table says moves it on — and got a RDV two working days ahead, logged in mode « simulateur »
/// with its transcript. Draws nothing from the demo's random generator: the rest of the school is unchanged.
/// </summary>
public sealed class RolePlayStory(AppDbContext db, ReminderPlanner reminders, RolePlayRules rules)
{
    private static readonly Dictionary<ObjectionTechnique, string> Sentences = new()
    {
        [ObjectionTechnique.Question] = "Qu'est-ce qui compte le plus pour vous aujourd'hui : le prix à l'achat ou ce que cela vous coûte sur trois ans ?",
        [ObjectionTechnique.Compensation] = "C'est vrai, ce n'est pas le moins cher, mais l'entretien et les consommables sont compris pendant trois ans.",
        [ObjectionTechnique.YesBut] = "Oui, je comprends, mais nous livrons et installons sous 48 heures dans tout le secteur.",
        [ObjectionTechnique.Proof] = "Un cabinet de votre quartier l'utilise depuis deux ans : je peux vous donner le nom de la personne à appeler.",
        [ObjectionTechnique.Reformulation] = "Si je vous comprends bien, vous n'en voyez pas l'utilité aujourd'hui, c'est bien cela ?",
        [ObjectionTechnique.Boomerang] = "C'est justement parce que vous manquez de temps que ce service vous intéressera : il vous en fait gagner.",
    };

    public async Task SeedAsync(DateTime now, CancellationToken ct)
    {
        var pupil = await db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve1").Select(m => new { m.WorkspaceId, m.StudentId }).FirstOrDefaultAsync(ct);
        var operation = pupil is null ? null
            : await db.Operations.Where(o => o.WorkspaceId == pupil.WorkspaceId && o.Channel == Domain.Contacting.Channel.Phone).OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        if (pupil is null || operation is null)
        {
            return;
        }
        var called = db.CallLogs.Where(c => c.OperationId == operation.Id).Select(c => c.ProspectId);
        var target = await db.OperationTargets.Where(t => t.OperationId == operation.Id && !t.Excluded && !called.Contains(t.ProspectId))
            .OrderBy(t => t.Position).Select(t => (int?)t.ProspectId).FirstOrDefaultAsync(ct);
        if (target is not { } prospectId)
        {
            return;
        }
        var prospect = await db.Prospects.Include(p => p.Contacts).FirstAsync(p => p.Id == prospectId, ct);
        var scenarioId = await db.Workspaces.Where(w => w.Id == pupil.WorkspaceId).Select(w => w.ScenarioId).FirstAsync(ct);
        var grid = await db.ScenarioObjections.Where(o => o.ScenarioId == scenarioId).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        var card = RoleCardGenerator.Generate(new RoleCardFacts(pupil.WorkspaceId, prospect.Id, prospect.Kind == ProspectKind.Individual, prospect.CurrentSupplier),
            ScenarioRolePlay.Defaults(scenarioId), grid, now);
        db.RoleCards.Add(card);

        var calendar = new DemoCalendar(now);
        var at = DemoCalendar.At(calendar.WorkingDay(-1), 11, 0);
        var rdv = DemoCalendar.At(calendar.WorkingDay(2), 10, 30);
        var contact = prospect.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault();
        var session = new RolePlaySession
        {
            WorkspaceId = pupil.WorkspaceId,
            OperationId = operation.Id,
            ProspectId = prospect.Id,
            ContactId = contact?.Id,
            Attempt = 1,
            Reach = ReachDraw.DecisionMakerReached,
            PickUp = card.PickUp,
            Objections = card.Objections.Select(o => new RoleCardObjection { Text = o.Text, Type = o.Type, Firmness = o.Firmness }).ToList(),
            StartedAtUtc = at,
            FinishedAtUtc = at.AddMinutes(6),
            AuthorId = pupil.StudentId,
        };
        session.Say($"Vous appelez {prospect.Name}" + (prospect.Phone is { } phone ? $" au {phone}." : "."));
        session.Say(ProspectLines.Ring(ReachDraw.DecisionMakerReached, card.PickUp, prospect.Name, contact is null ? "le responsable" : $"{Labels.Of(contact.Civility)} {contact.LastName}", card.Reachability));
        session.Say(ProspectLines.Objection(session.Objections[0].Text, first: true));
        var state = SoloExchange.Start(session.Objections);
        for (ExchangeEnd? end = null; end is null;)
        {
            var technique = RolePlayLabels.Techniques.First(t => rules.Table.For(session.Objections[state.Index].Type, t) == Reaction.Advance);
            session.Say($"Vous ({RolePlayLabels.Of(technique)}) : {Sentences[technique]}");
            session.Say(ProspectLines.Reacts(Reaction.Advance, session.Transcript.Count(c => c == '\n')));
            var before = state.Index;
            (state, end) = SoloExchange.Answer(state, session.Objections, Reaction.Advance);
            if (end is null && state.Index > before)
            {
                session.Say(ProspectLines.Objection(session.Objections[state.Index].Text, first: false));
            }
        }
        session.Apply(state);
        session.End = ExchangeEnd.Appointment;
        session.Outcome = CallOutcome.AppointmentMade;
        session.Say(ProspectLines.Ends(ExchangeEnd.Appointment, $"le {ParisTime.FromUtc(rdv).ToString("dd/MM/yyyy 'à' HH:mm", Infrastructure.Formatting.French.Culture)}"));
        session.Call = new CallLog
        {
            WorkspaceId = pupil.WorkspaceId,
            OperationId = operation.Id,
            ProspectId = prospect.Id,
            ContactId = contact?.Id,
            Outcome = CallOutcome.AppointmentMade,
            Mode = CallMode.Simulator,
            Notes = $"Jeu de rôle avec le simulateur — {Infrastructure.Formatting.French.Plural(state.Lifted, "objection levée", "objections levées")} sur {session.Objections.Count}.",
            CalledAtUtc = at,
            FollowUpAtUtc = rdv,
            AuthorId = pupil.StudentId,
        };
        db.RolePlaySessions.Add(session);
        prospect.LastContactAtUtc = at;
        if (prospect.Status == ProspectStatus.Suspect)
        {
            prospect.Status = ProspectStatus.Prospect;
        }
        var prepare = DemoCalendar.At(DemoCalendar.Before(ParisTime.Day(rdv)), 9, 0);
        await reminders.UpsertAsync(new(pupil.WorkspaceId, $"rdv:{operation.Id}:{prospect.Id}", Domain.Reminders.ReminderKind.AppointmentTomorrow, prepare,
            Domain.Reminders.ReminderTexts.AppointmentTomorrow(prospect.Name, rdv), prospect.Id, operation.Id, Details: "Préparez la visite (fiche de préparation) et confirmez le rendez-vous."), ct);
        await db.SaveChangesAsync(ct);
    }
}
