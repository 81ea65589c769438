using Bogus;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo's phoning: a phoning operation in each workspace of the first class, with a session already under way
/// (calls with their outcome codes, the prospects reached, the call-back and appointment reminders they set). Each call
/// records its author: the workspace's student, or in a binôme each member in turn. Calls, call-backs and RDV fall on
/// working days in working hours (<see cref="DemoCalendar"/>): one call a working day over the last two weeks, an RDV
/// two working days ago, a call-back already due and an RDV on the next working day.
/// </summary>
public sealed class PhoningStory(AppDbContext db, ReminderPlanner reminders)
{
    public async Task SeedAsync(Faker faker, DateTime now, CancellationToken ct)
    {
        var workspaces = await db.Workspaces.Where(w => w.Class!.Name == "1re MCV B")
            .Select(w => new { w.Id, Authors = w.Members.OrderBy(m => m.Id).Select(m => m.StudentId).ToList() }).ToListAsync(ct);
        var outcomes = new[]
        {
            Domain.Figures.CallOutcome.NoAnswer, Domain.Figures.CallOutcome.Gatekeeper, Domain.Figures.CallOutcome.PitchedNoFollowUp,
            Domain.Figures.CallOutcome.AppointmentMade, Domain.Figures.CallOutcome.WrongNumber, Domain.Figures.CallOutcome.RefusedBeforePitch,
            Domain.Figures.CallOutcome.DecisionMakerAbsent, Domain.Figures.CallOutcome.AppointmentMade, Domain.Figures.CallOutcome.NoAnswer,
        };
        var calendar = new DemoCalendar(now);
        var start = calendar.WorkingDay(-10);
        foreach (var (ws, authors) in workspaces.Select(w => (w.Id, w.Authors)))
        {
            var targets = await db.Prospects.Where(p => p.WorkspaceId == ws && p.Kind == ProspectKind.Organisation).OrderBy(p => p.Id).Take(15).ToListAsync(ct);
            var operation = new Operation
            {
                WorkspaceId = ws,
                Name = "Phoning de qualification — professions libérales",
                Channel = Domain.Contacting.Channel.Phone,
                StartDate = start,
                EndDate = start.AddDays(21),
                Goal = "Qualifier le fichier et obtenir des rendez-vous de présentation des copieurs en location.",
                ObjectiveContacts = 8,
                ObjectiveAppointments = 3,
                ObjectiveOrders = 1,
                ObjectiveRevenue = 1490m,
                TargetCriteria = "15 premières fiches du fichier (organisations)",
                CreatedAtUtc = DemoCalendar.At(start, 9, 0),
                Targets = targets.Select((p, i) => new OperationTarget
                {
                    WorkspaceId = ws,
                    ProspectId = p.Id,
                    Position = i + 1,
                    Excluded = p.PhoneOpposition,
                    ExclusionReason = p.PhoneOpposition ? "Opposition au démarchage téléphonique enregistrée (ou inscription Bloctel)." : null,
                }).ToList(),
            };
            db.Operations.Add(operation);
            await db.SaveChangesAsync(ct);
            var called = targets.Where(p => !p.PhoneOpposition).Take(outcomes.Length).ToList();
            for (var i = 0; i < called.Count; i++)
            {
                var at = DemoCalendar.Slot(calendar.WorkingDay(-9 + i), faker.Random.Int(0, 5));
                var outcome = outcomes[i];
                var followUp = FollowUp(calendar, i);
                db.CallLogs.Add(new CallLog
                {
                    WorkspaceId = ws,
                    OperationId = operation.Id,
                    ProspectId = called[i].Id,
                    Outcome = outcome,
                    CalledAtUtc = at,
                    FollowUpAtUtc = Domain.Figures.CallOutcomes.NeedsDate(outcome) ? followUp : null,
                    AuthorId = authors[i % authors.Count],
                });
                if (Domain.Figures.CallOutcomes.Stages(outcome).HasFlag(Domain.Figures.FunnelStage.Reached))
                {
                    called[i].LastContactAtUtc = at;
                }
                if (Domain.Figures.CallOutcomes.IsCallBack(outcome))
                {
                    await reminders.UpsertAsync(new(ws, $"call:{operation.Id}:{called[i].Id}", Domain.Reminders.ReminderKind.CallBack, followUp,
                        Domain.Reminders.ReminderTexts.CallBack(called[i].Name), called[i].Id, operation.Id), ct);
                }
                if (outcome == Domain.Figures.CallOutcome.AppointmentMade)
                {
                    // Prepared the working day before, first thing in the morning.
                    var prepare = DemoCalendar.At(DemoCalendar.Before(Domain.ParisTime.Day(followUp)), 9, 0);
                    await reminders.UpsertAsync(new(ws, $"rdv:{operation.Id}:{called[i].Id}", Domain.Reminders.ReminderKind.AppointmentTomorrow, prepare,
                        Domain.Reminders.ReminderTexts.AppointmentTomorrow(called[i].Name, followUp), called[i].Id, operation.Id, Details: "Préparez la visite (fiche de préparation) et confirmez le rendez-vous."), ct);
                }
            }
            await db.SaveChangesAsync(ct);
        }
        await BinomeAsync(now, ct);
    }

    /// <summary>
    /// The date agreed on the phone for the i-th call: the RDV of the 4th call two working days ago, the
    /// call-back of the 7th due on the last working day (late), the RDV of the 8th on the next working day.
    /// </summary>
    private static DateTime FollowUp(DemoCalendar calendar, int i) => i switch
    {
        3 => DemoCalendar.At(calendar.WorkingDay(-2), 10, 30),
        6 => DemoCalendar.At(calendar.WorkingDay(-1), 14, 30),
        7 => DemoCalendar.At(calendar.WorkingDay(1), 10, 30),
        _ => DemoCalendar.At(calendar.WorkingDay(i - 5), 15, 0),
    };

    /// <summary>
    /// A phoning shared by a binôme of the second class (eleve23's workspace, whose members take turns), so that the class
    /// dashboard shows each member's calls (issue 16). Runs after the first class and draws nothing from the random
    /// generator: the rest of the demo is unchanged. Prospects already « prospect » only, and no RDV: no status and no
    /// reminder move in that workspace.
    /// </summary>
    private async Task BinomeAsync(DateTime now, CancellationToken ct)
    {
        var binome = await db.Workspaces.Where(w => w.Members.Count == 2 && w.Members.Any(m => m.Student!.UserName == "eleve23"))
            .Select(w => new { w.Id, Authors = w.Members.OrderBy(m => m.Student!.UserName).Select(m => m.StudentId).ToList() }).FirstOrDefaultAsync(ct);
        if (binome is null)
        {
            return;
        }
        var targets = await db.Prospects.Where(p => p.WorkspaceId == binome.Id && p.Kind == ProspectKind.Organisation && p.Status == ProspectStatus.Prospect && !p.PhoneOpposition)
            .OrderBy(p => p.Id).Take(7).ToListAsync(ct);
        var calendar = new DemoCalendar(now);
        var start = calendar.WorkingDay(-6);
        var operation = new Operation
        {
            WorkspaceId = binome.Id,
            Name = "Phoning en binôme — relance des prospects",
            Channel = Domain.Contacting.Channel.Phone,
            StartDate = start,
            EndDate = start.AddDays(14),
            Goal = "Relancer les prospects du fichier et qualifier leur besoin, chacun sa moitié de la liste.",
            ObjectiveContacts = 5,
            ObjectiveAppointments = 2,
            ObjectiveOrders = 0,
            TargetCriteria = "statut : prospect ; organisations",
            CreatedAtUtc = DemoCalendar.At(start, 9, 0),
            Targets = targets.Select((p, i) => new OperationTarget { WorkspaceId = binome.Id, ProspectId = p.Id, Position = i + 1 }).ToList(),
        };
        db.Operations.Add(operation);
        await db.SaveChangesAsync(ct);
        Domain.Figures.CallOutcome[] outcomes =
        [
            Domain.Figures.CallOutcome.NoAnswer, Domain.Figures.CallOutcome.PitchedNoFollowUp, Domain.Figures.CallOutcome.Gatekeeper,
            Domain.Figures.CallOutcome.RefusedBeforePitch, Domain.Figures.CallOutcome.PitchedNoFollowUp, Domain.Figures.CallOutcome.WrongNumber,
        ];
        for (var i = 0; i < Math.Min(outcomes.Length, targets.Count); i++)
        {
            var at = DemoCalendar.Slot(calendar.WorkingDay(-6 + i), i);
            db.CallLogs.Add(new CallLog
            {
                WorkspaceId = binome.Id,
                OperationId = operation.Id,
                ProspectId = targets[i].Id,
                Outcome = outcomes[i],
                CalledAtUtc = at,
                AuthorId = binome.Authors[i % 2],
            });
            if (Domain.Figures.CallOutcomes.Stages(outcomes[i]).HasFlag(Domain.Figures.FunnelStage.Reached) && !(targets[i].LastContactAtUtc > at))
            {
                targets[i].LastContactAtUtc = at;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
