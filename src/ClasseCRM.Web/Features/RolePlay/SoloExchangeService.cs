using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Field;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// Solo role play (issue 19, item 3): the app plays the prospect. The ring is drawn from the class's outcome profile,
/// seeded by the fiche, the operation and the attempt (the same call rings the same way); a décideur joint raises the
/// card's objections, the student answers each with a technique and a sentence, the rule table decides the reaction
/// (<see cref="SoloExchange"/>). The call is logged (mode « simulateur ») with the outcome the exchange reached — faux
/// numéro, pas de réponse, barrage, décideur absent (rappel), RDV, argumenté à rappeler or argumenté sans suite — and
/// its transcript is kept with it.
/// </summary>
public sealed class SoloExchangeService(AppDbContext db, OperationService operations, RoleCardService cards, RolePlayRules rules, TimeProvider clock)
{
    public Task<RolePlaySession?> FindAsync(int id, CancellationToken ct) => db.RolePlaySessions.Include(s => s.Call).FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>Rings the fiche: a call that does not reach the décideur is logged at once; otherwise the exchange starts on the first objection.</summary>
    public async Task<(Outcome Outcome, int? SessionId)> StartAsync(Operation operation, SoloStart m, string author, CancellationToken ct)
    {
        if (await operations.CheckCallableAsync(operation, m.ProspectId, ct) is { Succeeded: false } refused)
        {
            return (refused, null);
        }
        var prospect = await db.Prospects.AsNoTracking().Include(p => p.Contacts).FirstAsync(p => p.Id == m.ProspectId, ct);
        var contact = m.ContactId is { } cid ? prospect.Contacts.FirstOrDefault(c => c.Id == cid) : prospect.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault();
        if (m.ContactId is not null && contact is null)
        {
            return (Outcome.Refused("Cet interlocuteur n'est pas un contact de ce prospect : l'appel n'est pas lancé."), null);
        }
        var card = (await cards.EnsureAsync(operation.WorkspaceId, [prospect.Id], ct)).First();
        var profile = await db.Workspaces.Where(w => w.Id == operation.WorkspaceId).Select(w => w.Class!).FirstAsync(ct);
        var attempt = await db.RolePlaySessions.CountAsync(s => s.OperationId == operation.Id && s.ProspectId == prospect.Id, ct) + 1;
        var reach = profile.OutcomeProfile.Draw(SeededDraw.Mix(prospect.Id, operation.Id, attempt));
        var session = new RolePlaySession
        {
            WorkspaceId = operation.WorkspaceId,
            OperationId = operation.Id,
            ProspectId = prospect.Id,
            ContactId = contact?.Id,
            Attempt = attempt,
            Reach = reach,
            PickUp = card.PickUp,
            Objections = card.Objections.Select(o => new RoleCardObjection { Text = o.Text, Type = o.Type, Firmness = o.Firmness }).ToList(),
            StartedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var who = contact is null ? "le responsable" : $"{Labels.Of(contact.Civility)} {contact.LastName}";
        session.Say($"Vous appelez {prospect.Name}" + (prospect.Phone is { } phone ? $" au {phone}." : "."));
        session.Say(ProspectLines.Ring(reach, card.PickUp, prospect.Name, who, card.Reachability));
        db.RolePlaySessions.Add(session);
        if (reach == ReachDraw.DecisionMakerReached && session.Objections.Count > 0)
        {
            session.Apply(SoloExchange.Start(session.Objections));
            session.Say(ProspectLines.Objection(session.Objections[0].Text, first: true));
            await db.SaveChangesAsync(ct);
            return (Outcome.Done, session.Id);
        }
        var outcome = reach switch
        {
            ReachDraw.WrongNumber => CallOutcome.WrongNumber,
            ReachDraw.NoAnswer => CallOutcome.NoAnswer,
            ReachDraw.Gatekeeper => CallOutcome.Gatekeeper,
            _ => CallOutcome.DecisionMakerAbsent,
        };
        var logged = await FinishAsync(operation, session, outcome, outcome == CallOutcome.DecisionMakerAbsent ? NextSlot(card.ReachableHour, 1) : null, author, ct);
        return (logged, logged.Succeeded ? session.Id : null);
    }

    /// <summary>The student's answer to the objection raised; the exchange moves on, or ends and the call is logged.</summary>
    public async Task<Outcome> AnswerAsync(RolePlaySession session, SoloAnswerViewModel m, string author, CancellationToken ct)
    {
        if (session.IsFinished || session.Index >= session.Objections.Count)
        {
            return Outcome.Refused("Cet échange est terminé : l'appel est enregistré.");
        }
        var technique = m.Technique!.Value;
        var reaction = rules.Table.For(session.Objections[session.Index].Type, technique);
        var turn = session.Transcript.Count(c => c == '\n');
        session.Say($"Vous ({RolePlayLabels.Of(technique)}) : {m.Sentence!.Trim().ReplaceLineEndings(" ")}");
        session.Say(ProspectLines.Reacts(reaction, turn));
        var before = session.Index;
        var (state, end) = SoloExchange.Answer(session.State, session.Objections, reaction);
        session.Apply(state);
        if (end is not { } over)
        {
            if (state.Index > before)
            {
                session.Say(ProspectLines.Objection(session.Objections[state.Index].Text, first: false));
            }
            await db.SaveChangesAsync(ct);
            return Outcome.Done;
        }
        var hour = await db.RoleCards.Where(c => c.ProspectId == session.ProspectId).Select(c => (int?)c.ReachableHour).FirstOrDefaultAsync(ct) ?? 10;
        DateTime? followUp = over switch
        {
            ExchangeEnd.Appointment => NextSlot(hour, 2),
            ExchangeEnd.CallBack => NextSlot(hour, 1),
            _ => null,
        };
        session.End = over;
        session.Say(ProspectLines.Ends(over, followUp is { } at ? $"le {at.ToString("dd/MM/yyyy 'à' HH:mm", French.Culture)}" : ""));
        var outcome = over switch
        {
            ExchangeEnd.Appointment => CallOutcome.AppointmentMade,
            ExchangeEnd.CallBack => CallOutcome.PitchedCallBack,
            _ => CallOutcome.PitchedNoFollowUp,
        };
        var operation = await db.Operations.AsNoTracking().FirstAsync(o => o.Id == session.OperationId, ct);
        return await FinishAsync(operation, session, outcome, followUp, author, ct);
    }

    /// <summary>Logs the call through the phoning rules (reminders, timeline, last contact), mode « simulateur », with the session in the same save.</summary>
    private async Task<Outcome> FinishAsync(Operation operation, RolePlaySession session, CallOutcome outcome, DateTime? followUpParis, string author, CancellationToken ct)
    {
        session.Outcome = outcome;
        session.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        var lifted = session.Objections.Count == 0 ? "" : $" — {French.Plural(session.Lifted, "objection levée", "objections levées")} sur {session.Objections.Count}";
        var call = new CallLogViewModel
        {
            ProspectId = session.ProspectId,
            ContactId = session.ContactId,
            Outcome = outcome,
            FollowUpAt = followUpParis,
            Notes = $"Jeu de rôle avec le simulateur{(session.Reach == ReachDraw.DecisionMakerReached ? lifted : "")}.",
        };
        return await operations.LogCallAsync(operation, call, author, ct, CallMode.Simulator, logged => session.Call = logged);
    }

    /// <summary>The call-back or RDV time: the n-th working day after today (Paris) at the card's hour.</summary>
    private DateTime NextSlot(int hour, int workingDays)
    {
        var today = ParisTime.Day(clock.GetUtcNow().UtcDateTime);
        var day = TourPlanner.WorkingDays(today.AddDays(1), workingDays)[workingDays - 1];
        return day.ToDateTime(new TimeOnly(hour, 0));
    }
}
