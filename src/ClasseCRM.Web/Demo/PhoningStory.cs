using Bogus;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo's phoning: a phoning operation in each workspace of the first class, with a session already under way
/// (calls with their outcome codes, the prospects reached, the call-back and appointment reminders they set). Each call
/// records its author: the workspace's student, or in a binôme each member in turn.
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
        var start = DateOnly.FromDateTime(now.AddDays(-14));
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
                CreatedAtUtc = now.AddDays(-14),
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
                var at = now.AddDays(-12 + i).AddHours(faker.Random.Int(0, 5));
                var outcome = outcomes[i];
                db.CallLogs.Add(new CallLog
                {
                    WorkspaceId = ws,
                    OperationId = operation.Id,
                    ProspectId = called[i].Id,
                    Outcome = outcome,
                    CalledAtUtc = at,
                    FollowUpAtUtc = Domain.Figures.CallOutcomes.NeedsDate(outcome) ? at.AddDays(5) : null,
                    AuthorId = authors[i % authors.Count],
                });
                if (Domain.Figures.CallOutcomes.Stages(outcome).HasFlag(Domain.Figures.FunnelStage.Reached))
                {
                    called[i].LastContactAtUtc = at;
                }
                if (Domain.Figures.CallOutcomes.IsCallBack(outcome))
                {
                    await reminders.UpsertAsync(new(ws, $"call:{operation.Id}:{called[i].Id}", Domain.Reminders.ReminderKind.CallBack, at.AddDays(5),
                        $"Rappeler {called[i].Name} (convenu au téléphone)", called[i].Id, operation.Id), ct);
                }
                if (outcome == Domain.Figures.CallOutcome.AppointmentMade)
                {
                    await reminders.UpsertAsync(new(ws, $"rdv:{operation.Id}:{called[i].Id}", Domain.Reminders.ReminderKind.AppointmentTomorrow, at.AddDays(4),
                        $"RDV demain avec {called[i].Name}", called[i].Id, operation.Id, Details: "Préparez la visite (fiche de préparation) et confirmez le rendez-vous."), ct);
                }
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
