using Bogus;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Classes;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo school of DESIGN.md, the same every time (Bogus, fr, fixed seed): admin, prof.martin, prof.durand and
/// eleve1…eleve24 in two classes, all with the password "demo-classecrm"; a scenario handed out to each class; a few
/// weeks of activity (prospects already contacted, practice mail in the class mailbox).
/// </summary>
public sealed partial class DemoSchoolSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    ClassService classes,
    Outbox outbox,
    Features.Mailing.MailingService mailing,
    Features.Visits.VisitService visits,
    Features.Orders.OrderService orders,
    Features.Loyalty.LoyaltyService loyalty,
    Features.Reminders.ReminderPlanner reminders,
    Features.Syntheses.SynthesisService syntheses,
    TimeProvider clock)
{
    public const int Seed = 20262027;

    public async Task SeedAsync(CancellationToken ct)
    {
        var faker = new Faker("fr") { Random = new Randomizer(Seed) };
        var now = clock.GetUtcNow().UtcDateTime;
        // One hash for every demo account (same password): hashing 27 times would slow each start for nothing.
        var hash = users.PasswordHasher.HashPassword(new AppUser(), DemoOptions.Password);

        await CreateAsync("admin", "Alex", "Admin", null, Roles.Admin);
        var martin = await CreateAsync("prof.martin", "Claire", "Martin", "claire.martin@lycee-demo.example", Roles.Teacher);
        var durand = await CreateAsync("prof.durand", "Julien", "Durand", "julien.durand@lycee-demo.example", Roles.Teacher);

        var year = now.Month >= 8 ? now.Year : now.Year - 1;
        var schoolYear = $"{year}-{year + 1}";
        var first = new SchoolClass { Name = "1re MCV B", SchoolYear = schoolYear, TeacherId = martin.Id, CreatedAtUtc = now.AddDays(-60) };
        var second = new SchoolClass { Name = "Tle MCV A", SchoolYear = schoolYear, TeacherId = durand.Id, CreatedAtUtc = now.AddDays(-60) };
        db.Classes.AddRange(first, second);
        await db.SaveChangesAsync(ct);

        for (var i = 1; i <= 24; i++)
        {
            var female = faker.Random.Bool();
            var student = await CreateAsync($"eleve{i}",
                faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male),
                faker.Name.LastName(), null, Roles.Student);
            db.Enrollments.Add(new ClassEnrollment { ClassId = i <= 12 ? first.Id : second.Id, StudentId = student.Id });
        }
        await db.SaveChangesAsync(ct);

        var scenarios = await db.Scenarios.Where(s => s.OwnerId == null).ToDictionaryAsync(s => s.SourceKey!, ct);
        await classes.HandOutAsync(first, scenarios["bureau-ouest"].Id, pairs: false, ct);
        await classes.HandOutAsync(second, scenarios["saveurs-terroir"].Id, pairs: true, ct);

        await AddActivityAsync(faker, now, ct);
        await AddOperationsAsync(faker, now, ct);
        await AddMailingsAndToursAsync(martin, now, ct);
        await AddOrdersAndLoyaltyAsync(now, ct);
        await AddSynthesesAsync(first, now, ct);

        async Task<AppUser> CreateAsync(string userName, string firstName, string lastName, string? email, string role)
        {
            var user = new AppUser
            {
                UserName = userName,
                FirstName = firstName,
                LastName = lastName,
                Email = email,
                PasswordHash = hash,
                CreatedAtUtc = now.AddDays(-60),
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, role);
            return user;
        }
    }

    /// <summary>A phoning operation in each workspace of the first class, with a session already under way.</summary>
    private async Task AddOperationsAsync(Faker faker, DateTime now, CancellationToken ct)
    {
        var workspaces = await db.Workspaces.Where(w => w.Class!.Name == "1re MCV B").Select(w => w.Id).ToListAsync(ct);
        var outcomes = new[]
        {
            Domain.Figures.CallOutcome.NoAnswer, Domain.Figures.CallOutcome.Gatekeeper, Domain.Figures.CallOutcome.PitchedNoFollowUp,
            Domain.Figures.CallOutcome.AppointmentMade, Domain.Figures.CallOutcome.WrongNumber, Domain.Figures.CallOutcome.RefusedBeforePitch,
            Domain.Figures.CallOutcome.DecisionMakerAbsent, Domain.Figures.CallOutcome.AppointmentMade, Domain.Figures.CallOutcome.NoAnswer,
        };
        var start = DateOnly.FromDateTime(now.AddDays(-14));
        foreach (var ws in workspaces)
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

    /// <summary>
    /// In each workspace of the first class: an e-mailing sent ten days ago with its answers (one written by the teacher
    /// as the prospect), and a tour of visits planned by distance with two visit reports written.
    /// </summary>
    private async Task AddMailingsAndToursAsync(AppUser teacher, DateTime now, CancellationToken ct)
    {
        var workspaces = await db.Workspaces.Where(w => w.Class!.Name == "1re MCV B")
            .Select(w => new { w.Id, Student = w.Members.Select(m => m.Student!.FirstName + " " + m.Student.LastName).First() })
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(Infrastructure.Formatting.French.ToParis(now));
        foreach (var w in workspaces)
        {
            var file = await db.Prospects.Where(p => p.WorkspaceId == w.Id && p.Kind == ProspectKind.Organisation).OrderBy(p => p.Id).Skip(15).Take(16).ToListAsync(ct);
            var emailing = NewOperation(w.Id, "E-mailing — offre de rentrée", Domain.Contacting.Channel.Email, today.AddDays(-10), file.Take(10),
                "Relancer les prospects par e-mail et obtenir des demandes de rendez-vous.", now);
            emailing.MailSubject = "{raison sociale} : notre offre de rentrée";
            var tour = NewOperation(w.Id, "Tournée de visites — secteur Rennes", Domain.Contacting.Channel.Visit, today.AddDays(-3), file.Skip(10),
                "Présenter l'offre sur place et conclure des commandes d'essai.", now);
            db.Operations.AddRange(emailing, tour);
            await db.SaveChangesAsync(ct);

            await mailing.SendAsync(emailing, w.Student, ct);
            // Sent nine days ago: the "no answer after 7 days" reminders are two days late.
            foreach (var late in await db.Reminders.Where(r => r.OperationId == emailing.Id && r.Kind == Domain.Reminders.ReminderKind.NoAnswerAfterMailing).ToListAsync(ct))
            {
                late.DueAtUtc = Domain.Reminders.ReminderTimes.MorningOf(today.AddDays(-2));
            }
            var sent = await db.MailingSends.Include(m => m.Prospect).Include(m => m.OutboxMessage).Where(m => m.OperationId == emailing.Id).OrderBy(m => m.Id).ToListAsync(ct);
            foreach (var send in sent)
            {
                send.SentAtUtc = now.AddDays(-9);
                send.OutboxMessage!.Status = OutboxStatus.Sandboxed;
                send.OutboxMessage.Attempts = 1;
                send.OutboxMessage.CreatedAtUtc = send.SentAtUtc;
                send.OutboxMessage.DeliveredAtUtc = send.SentAtUtc.AddMinutes(1);
            }
            if (sent.Count >= 3)
            {
                var answer = outbox.AddReceived(sent[0].OutboxMessage!, teacher.Id,
                    "Bonjour,\n\nVotre offre nous intéresse : pouvez-vous passer nous la présenter la semaine prochaine ?\n\nCordialement");
                answer.CreatedAtUtc = now.AddDays(-7);
                await mailing.ApplyResultAsync(emailing, sent[0], MailingResult.AnswerAppointment, "Réponse par e-mail : demande de rendez-vous.", $"{answer.FromName} (réponse jouée par {teacher.FirstName} {teacher.LastName})", ct);
                await mailing.ApplyResultAsync(emailing, sent[1], MailingResult.AnswerNotInterested, "Contrat en cours jusqu'en juin.", w.Student, ct);
                await mailing.ApplyResultAsync(emailing, sent[2], MailingResult.AnswerInterested, "Demande la documentation des copieurs A3.", w.Student, ct);
            }
            await db.SaveChangesAsync(ct);

            await visits.PlanAsync(tour, new Features.Visits.TourPlanViewModel { FirstDay = today.AddDays(-3), VisitsPerDay = 3, Method = Domain.Field.TourMethod.ByDistance }, ct);
            var planned = await db.Visits.Where(v => v.OperationId == tour.Id).OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).Select(v => v.Id).Take(2).ToListAsync(ct);
            if (planned.Count == 2)
            {
                await visits.SaveReportAsync(tour, planned[0], new Features.Visits.VisitReportViewModel
                {
                    VisitedOn = today.AddDays(-3),
                    Interlocutor = "La gérante",
                    Needs = "Remplacer deux imprimantes en fin de vie ; veut un seul contrat de maintenance.",
                    Motives = [Soncas.Security, Soncas.Money],
                    Objections = [new() { Type = ObjectionType.Price, Text = "Votre location est plus chère que mon contrat actuel.", Technique = AnswerTechnique.Compensation, Answer = "La maintenance et le toner sont compris : le coût à la page est plus bas." }],
                    Result = VisitResult.Order,
                    Amount = 1290m,
                    Gap = "Objectif atteint : commande d'essai.",
                    Strengths = "Bonne découverte, reformulation des besoins.",
                    Weaknesses = "Démonstration trop longue.",
                    NextSteps = "Appel de satisfaction après la livraison.",
                    NextStepOn = today.AddDays(10),
                    Expenses = 18.40m,
                }, w.Student, ct);
                await visits.SaveReportAsync(tour, planned[1], new Features.Visits.VisitReportViewModel
                {
                    VisitedOn = today.AddDays(-3),
                    Interlocutor = "Le responsable administratif",
                    Needs = "Mobilier pour un nouvel open space de 12 postes.",
                    Motives = [Soncas.Comfort],
                    Result = VisitResult.Quote,
                    Amount = 4850m,
                    Gap = "Pas de commande : le décideur financier était absent.",
                    GapCause = "Cible : l'interlocuteur n'avait pas le pouvoir de décision.",
                    NextSteps = "Envoyer le devis et rappeler le directeur financier.",
                    NextStepOn = today.AddDays(4),
                    Expenses = 11.60m,
                }, w.Student, ct);
            }
        }

        static Operation NewOperation(int workspaceId, string name, Domain.Contacting.Channel channel, DateOnly start, IEnumerable<Prospect> targets, string goal, DateTime now)
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
                TargetCriteria = "statut : prospect ou suspect ; organisations du secteur",
                CreatedAtUtc = now.AddDays(-10),
                Targets = targets.Select((p, i) =>
                {
                    var decision = Domain.Contacting.ContactRules.Check(p, channel, now, timeRules: false);
                    return new OperationTarget { WorkspaceId = workspaceId, ProspectId = p.Id, Position = i + 1, Excluded = !decision.Allowed, ExclusionReason = decision.Reason };
                }).ToList(),
            };
        }
    }

    /// <summary>A few weeks of work: some prospects qualified and contacted, and practice mail kept in the class mailbox.</summary>
    private async Task AddActivityAsync(Faker faker, DateTime now, CancellationToken ct)
    {
        var workspaces = await db.Workspaces
            .Select(w => new
            {
                w.Id,
                Company = w.Scenario!.CompanyName,
                Student = w.Members.OrderBy(m => m.Id).Select(m => new { m.StudentId, m.Student!.FirstName, m.Student.LastName }).First(),
            })
            .ToListAsync(ct);
        foreach (var w in workspaces)
        {
            var prospects = await db.Prospects.Include(p => p.Contacts).Where(p => p.WorkspaceId == w.Id).OrderBy(p => p.Id).Take(12).ToListAsync(ct);
            foreach (var p in prospects.Take(8))
            {
                p.LastContactAtUtc = now.AddDays(-faker.Random.Int(1, 21)).AddHours(-faker.Random.Int(0, 8));
                if (p.Status == ProspectStatus.Suspect)
                {
                    p.Status = ProspectStatus.Prospect;
                }
                var contact = p.Contacts.FirstOrDefault();
                db.ProspectNotes.Add(new ProspectNote
                {
                    WorkspaceId = w.Id,
                    ProspectId = p.Id,
                    Kind = TimelineKind.Note,
                    AuthorName = $"{w.Student.FirstName} {w.Student.LastName}",
                    CreatedAtUtc = p.LastContactAtUtc.Value,
                    Text = faker.PickRandom(
                        $"Appel : {contact?.FirstName} {contact?.LastName} intéressé(e), rappeler la semaine prochaine avec une proposition chiffrée.",
                        "Barrage du standard : le décideur est absent le lundi, rappeler mardi matin.",
                        "Rendez-vous pris pour une présentation sur place ; préparer la découverte (SONCAS).",
                        "Déjà équipé chez un concurrent, contrat jusqu'en juin : noter la date pour une relance."),
                });
            }
            if (prospects.Count >= 12)
            {
                // A few situations a teacher wants to see: an objection, a file past the 3-year limit, a lost prospect.
                prospects[10].EmailOpposition = true;
                prospects[10].PhoneOpposition = true;
                prospects[11].LastContactAtUtc = now.AddYears(-3).AddDays(-40);
                prospects[11].CreatedAtUtc = now.AddYears(-4);
                prospects[7].Status = ProspectStatus.Lost;
            }
            foreach (var p in prospects.Skip(8).Take(2))
            {
                var contact = p.Contacts.FirstOrDefault(c => c.Email is not null);
                if (contact is null)
                {
                    continue;
                }
                var message = outbox.Add(new OutboxDraft(
                    w.Id, w.Student.StudentId, $"{w.Student.FirstName} {w.Student.LastName} ({w.Company})",
                    contact.Email!, contact.FullName,
                    $"{w.Company} — prise de rendez-vous",
                    $"{(contact.Civility == Civility.Madame ? "Madame" : "Monsieur")} {contact.LastName},\n\n" +
                    $"Suite à notre échange téléphonique, je vous propose de nous rencontrer pour vous présenter les solutions de {w.Company}. " +
                    "Seriez-vous disponible mardi à 10 h ou jeudi à 14 h ?\n\nBien cordialement,\n\n--\n" +
                    $"{w.Student.FirstName} {w.Student.LastName}\n{w.Company}\n" +
                    "Vous pouvez vous opposer à tout moment à nos messages : répondez simplement « STOP » à ce message, gratuitement."));
                message.Status = OutboxStatus.Sandboxed;
                message.Attempts = 1;
                message.CreatedAtUtc = now.AddDays(-faker.Random.Int(1, 14));
                message.DeliveredAtUtc = message.CreatedAtUtc.AddMinutes(1);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
