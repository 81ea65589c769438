using Bogus;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo's prospect files after a few weeks of work, in every workspace: some prospects qualified and contacted with
/// a note in their history, an opposition, a file past the 3-year limit, a lost prospect, and practice mail kept in the
/// class mailbox. Each note is signed by its author; in a binôme the two members took turns. Contacts and messages fall
/// on working days in working hours (<see cref="DemoCalendar"/>).
/// </summary>
public sealed class ProspectActivityStory(AppDbContext db, Outbox outbox)
{
    public async Task SeedAsync(Faker faker, DateTime now, CancellationToken ct)
    {
        var calendar = new DemoCalendar(now);
        var workspaces = await db.Workspaces
            .Select(w => new
            {
                w.Id,
                Company = w.Scenario!.CompanyName,
                Members = w.Members.OrderBy(m => m.Id).Select(m => new { m.StudentId, m.Student!.FirstName, m.Student.LastName }).ToList(),
            })
            .ToListAsync(ct);
        foreach (var w in workspaces)
        {
            var student = w.Members[0];
            var prospects = await db.Prospects.Include(p => p.Contacts).Where(p => p.WorkspaceId == w.Id).OrderBy(p => p.Id).Take(12).ToListAsync(ct);
            foreach (var (p, rank) in prospects.Take(8).Select((p, rank) => (p, rank)))
            {
                // A binôme's members took turns: each note is signed by its author (issue 16).
                var author = w.Members[rank % w.Members.Count];
                // One to fifteen working days ago (about three weeks), at one of the day's working hours.
                var daysAgo = faker.Random.Int(1, 21);
                p.LastContactAtUtc = DemoCalendar.Slot(calendar.WorkingDay(-(1 + (daysAgo - 1) * 14 / 20)), faker.Random.Int(0, 8));
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
                    AuthorName = $"{author.FirstName} {author.LastName}",
                    AuthorId = author.StudentId,
                    CreatedAtUtc = p.LastContactAtUtc.Value,
                    Text = faker.PickRandom(
                        $"Appel : {contact?.FirstName} {contact?.LastName} {(contact?.Civility == Civility.Madame ? "intéressée" : "intéressé")}, rappeler la semaine prochaine avec une proposition chiffrée.",
                        "Barrage du standard : le décideur est absent le lundi, rappeler mardi matin.",
                        "Rendez-vous pris pour une présentation sur place ; préparer la découverte (SONCAS).",
                        "Déjà équipé chez un concurrent, contrat jusqu'en juin : noter la date pour une relance."),
                });
            }
            if (prospects.Count >= 12)
            {
                // A few situations a teacher wants to see: an objection, a file past the 3-year limit, a lost prospect.
                prospects[10].EmailOpposition = true;
                prospects[10].PhoneOpposition = true;
                prospects[11].LastContactAtUtc = DemoCalendar.At(DemoCalendar.OnOrBefore(calendar.Today.AddYears(-3).AddDays(-40)), 10, 30);
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
                    w.Id, student.StudentId, $"{student.FirstName} {student.LastName} ({w.Company})",
                    contact.Email!, contact.FullName,
                    $"{w.Company} — prise de rendez-vous",
                    $"Bonjour {(contact.Civility == Civility.Madame ? "Madame" : "Monsieur")} {contact.LastName},\n\n" +
                    $"Suite à notre échange téléphonique, je vous propose de nous rencontrer pour vous présenter les solutions de {w.Company}. " +
                    "Seriez-vous disponible mardi à 10 h ou jeudi à 14 h ?\n\nBien cordialement,\n\n--\n" +
                    $"{student.FirstName} {student.LastName}\n{w.Company}\n" +
                    "Vous pouvez vous opposer à tout moment à nos messages : répondez simplement « STOP » à ce message, gratuitement."));
                message.Status = OutboxStatus.Sandboxed;
                message.Attempts = 1;
                var sentDaysAgo = faker.Random.Int(1, 14);
                message.CreatedAtUtc = DemoCalendar.Slot(calendar.WorkingDay(-(1 + (sentDaysAgo - 1) * 9 / 13)), sentDaysAgo);
                message.DeliveredAtUtc = message.CreatedAtUtc.AddMinutes(1);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
