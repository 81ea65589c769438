using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Mailing;
using ClasseCRM.Web.Features.Visits;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// In each workspace of the first class: an e-mailing sent ten days ago with its answers (one written by the teacher
/// as the prospect), and a tour of visits planned by distance with two visit reports written. Each letter and each
/// visit report records its author: the workspace's student, or in a binôme each member in turn. Sends, answers, visits
/// and their follow-ups fall on working days in working hours (<see cref="DemoCalendar"/>).
/// </summary>
public sealed class EmailingAndToursStory(AppDbContext db, Outbox outbox, MailingService mailing, VisitService visits)
{
    /// <summary>Both operations of a workspace are created together, then the e-mailing is sent and the tour planned, workspace after workspace.</summary>
    public async Task SeedAsync(AppUser teacher, DateTime now, CancellationToken ct)
    {
        var workspaces = await db.Workspaces.Where(w => w.Class!.Name == "1re MCV B")
            .Select(w => new
            {
                w.Id,
                Student = w.Members.Select(m => m.Student!.FirstName + " " + m.Student.LastName).First(),
                Authors = w.Members.OrderBy(m => m.Id).Select(m => m.StudentId).ToList(),
            })
            .ToListAsync(ct);
        var calendar = new DemoCalendar(now);
        foreach (var w in workspaces)
        {
            var file = await db.Prospects.Where(p => p.WorkspaceId == w.Id && p.Kind == ProspectKind.Organisation).OrderBy(p => p.Id).Skip(15).Take(16).ToListAsync(ct);
            var emailing = NewOperation(w.Id, "E-mailing — offre de rentrée", Domain.Contacting.Channel.Email, calendar.WorkingDay(-8), file.Take(10),
                "Relancer les prospects par e-mail et obtenir des demandes de rendez-vous.", now);
            emailing.MailSubject = "{raison sociale} : notre offre de rentrée";
            var tour = NewOperation(w.Id, "Tournée de visites — secteur Rennes", Domain.Contacting.Channel.Visit, calendar.WorkingDay(-3), file.Skip(10),
                "Présenter l'offre sur place et conclure des commandes d'essai.", now);
            db.Operations.AddRange(emailing, tour);
            await db.SaveChangesAsync(ct);

            await SendEmailingAsync(emailing, w.Student, teacher, calendar, ct);
            await PlanTourAsync(tour, w.Student, calendar, ct);
            await SignAsync(emailing.Id, tour.Id, w.Authors, ct);
        }
    }

    /// <summary>The e-mailing sent seven working days ago (kept in the class mailbox), and three answers with their results.</summary>
    private async Task SendEmailingAsync(Operation emailing, string student, AppUser teacher, DemoCalendar calendar, CancellationToken ct)
    {
        await mailing.SendAsync(emailing, student, ct);
        // Sent seven working days ago: the "no answer after 7 days" reminders are two working days late.
        foreach (var late in await db.Reminders.Where(r => r.OperationId == emailing.Id && r.Kind == Domain.Reminders.ReminderKind.NoAnswerAfterMailing).ToListAsync(ct))
        {
            late.DueAtUtc = Domain.Reminders.ReminderTimes.MorningOf(calendar.WorkingDay(-2));
        }
        var sent = await db.MailingSends.Include(m => m.Prospect).Include(m => m.OutboxMessage).Where(m => m.OperationId == emailing.Id).OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var send in sent)
        {
            send.SentAtUtc = DemoCalendar.At(calendar.WorkingDay(-7), 10, 0);
            send.OutboxMessage!.Status = OutboxStatus.Sandboxed;
            send.OutboxMessage.Attempts = 1;
            send.OutboxMessage.CreatedAtUtc = send.SentAtUtc;
            send.OutboxMessage.DeliveredAtUtc = send.SentAtUtc.AddMinutes(1);
        }
        if (sent.Count >= 3)
        {
            var answer = outbox.AddReceived(sent[0].OutboxMessage!, teacher.Id,
                "Bonjour,\n\nVotre offre nous intéresse : pouvez-vous passer nous la présenter la semaine prochaine ?\n\nCordialement");
            answer.CreatedAtUtc = DemoCalendar.At(calendar.WorkingDay(-5), 11, 10);
            await mailing.ApplyResultAsync(emailing, sent[0], MailingResult.AnswerAppointment, "Réponse par e-mail : demande de rendez-vous.", $"{answer.FromName} (réponse jouée par {teacher.FirstName} {teacher.LastName})", ct);
            await mailing.ApplyResultAsync(emailing, sent[1], MailingResult.AnswerNotInterested, "Contrat en cours jusqu'en juin.", student, ct);
            await mailing.ApplyResultAsync(emailing, sent[2], MailingResult.AnswerInterested, "Demande la documentation des copieurs A3.", student, ct);
            // Answered on working days, not at the moment of seeding.
            for (var i = 0; i < 3; i++)
            {
                sent[i].ResultAtUtc = DemoCalendar.Slot(calendar.WorkingDay(-5 + i), 3 + i);
                sent[i].Prospect!.LastContactAtUtc = sent[i].ResultAtUtc;
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The tour planned by distance from three working days ago, with the reports of its first two visits.</summary>
    private async Task PlanTourAsync(Operation tour, string student, DemoCalendar calendar, CancellationToken ct)
    {
        var first = calendar.WorkingDay(-3);
        await visits.PlanAsync(tour, new TourPlanViewModel { FirstDay = first, VisitsPerDay = 3, Method = Domain.Field.TourMethod.ByDistance }, ct);
        var planned = await db.Visits.Where(v => v.OperationId == tour.Id).OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).Select(v => v.Id).Take(2).ToListAsync(ct);
        if (planned.Count == 2)
        {
            await visits.SaveReportAsync(tour, planned[0], new VisitReportViewModel
            {
                VisitedOn = first,
                Interlocutor = "La gérante",
                Needs = "Remplacer deux imprimantes en fin de vie ; veut un seul contrat de maintenance.",
                Motives = [Soncas.Security, Soncas.Money],
                Objections = [new() { Type = ObjectionType.Price, Text = "Votre location est plus chère que mon contrat actuel.", Technique = AnswerTechnique.Compensation, Answer = "La maintenance et le toner sont compris : le coût à la page est plus bas." }],
                Result = VisitResult.Order,
                Amount = 1290m,
                Gap = "Objectif atteint : commande d'essai.",
                Strengths = "Bonne découverte, reformulation des besoins.",
                Weaknesses = "Démonstration trop longue.",
                NextSteps = "Appel de satisfaction après la livraison.",
                NextStepOn = calendar.WorkingDay(8),
                Expenses = 18.40m,
            }, student, ct);
            await visits.SaveReportAsync(tour, planned[1], new VisitReportViewModel
            {
                VisitedOn = first,
                Interlocutor = "Le responsable administratif",
                Needs = "Mobilier pour un nouvel open space de 12 postes.",
                Motives = [Soncas.Comfort],
                Result = VisitResult.Quote,
                Amount = 4850m,
                Gap = "Pas de commande : le décideur financier était absent.",
                GapCause = "Cible : l'interlocuteur n'avait pas le pouvoir de décision.",
                NextSteps = "Envoyer le devis et rappeler le directeur financier.",
                NextStepOn = calendar.WorkingDay(3),
                Expenses = 11.60m,
            }, student, ct);
        }
    }

    /// <summary>The letters sent and the visits reported, each signed by its author (members in turn): the services ran as the system.</summary>
    private async Task SignAsync(int emailingId, int tourId, List<string> authors, CancellationToken ct)
    {
        var sends = await db.MailingSends.Where(m => m.OperationId == emailingId).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
        var reported = await db.Visits.Where(v => v.OperationId == tourId && v.ReportedAtUtc != null).OrderBy(v => v.Id).Select(v => v.Id).ToListAsync(ct);
        for (var i = 0; i < sends.Count; i++)
        {
            var (id, author) = (sends[i], authors[i % authors.Count]);
            await db.MailingSends.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.AuthorId, author), ct);
        }
        for (var i = 0; i < reported.Count; i++)
        {
            var (id, author) = (reported[i], authors[i % authors.Count]);
            await db.Visits.Where(v => v.Id == id).ExecuteUpdateAsync(u => u.SetProperty(v => v.AuthorId, author), ct);
        }
    }

    /// <summary>An operation of ten days ago on the given prospects, each checked against the contact rules of its channel (opposition, consent).</summary>
    private static Operation NewOperation(int workspaceId, string name, Domain.Contacting.Channel channel, DateOnly start, IEnumerable<Prospect> targets, string goal, DateTime now)
    {
        return new Operation
        {
            WorkspaceId = workspaceId,
            Name = name,
            Channel = channel,
            StartDate = start,
            EndDate = start.AddDays(21),
            Goal = goal,
            ObjectiveContacts = 4,
            ObjectiveAppointments = 2,
            ObjectiveOrders = 1,
            ObjectiveRevenue = 2500m,
            TargetCriteria = "statut : prospect ou suspect ; organisations du secteur",
            CreatedAtUtc = DemoCalendar.At(DemoCalendar.Before(start), 9, 0),
            Targets = targets.Select((p, i) =>
            {
                var decision = Domain.Contacting.ContactRules.Check(p, channel, now, timeRules: false);
                return new OperationTarget { WorkspaceId = workspaceId, ProspectId = p.Id, Position = i + 1, Excluded = !decision.Allowed, ExclusionReason = decision.Reason };
            }).ToList(),
        };
    }
}
