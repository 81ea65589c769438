using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Mailing;

/// <summary>
/// Mailing and e-mailing of an operation (publipostage): a template with merge fields, a preview per recipient, then
/// one e-mail per recipient through the outbox, or one printed letter per recipient; and what came back (NPAI,
/// answers). The channel rules are checked again at sending time: an objection recorded since the plan still blocks.
/// </summary>
public sealed class MailingService(AppDbContext db, AccessScope scope, Outbox outbox, StudentMailGuard guard, WorkspaceContext workspace, Reminders.ReminderPlanner reminders, TimeProvider clock)
{
    public static bool IsMailing(Operation operation) => operation.Channel is Channel.Email or Channel.Mail;

    public async Task<MailingPageViewModel> PageAsync(Operation operation, string senderName, int? previewProspectId, MailTemplateViewModel? typed, CancellationToken ct)
    {
        var company = await CompanyAsync(operation, ct);
        var template = typed ?? TemplateOf(operation, company);
        var recipients = await RecipientsAsync(operation, ct);
        var chosen = recipients.FirstOrDefault(r => r.Prospect.Id == previewProspectId) ?? recipients.FirstOrDefault(r => r.Problem is null) ?? recipients.FirstOrDefault();
        MailingPreview? preview = null;
        if (chosen is not null && !string.IsNullOrWhiteSpace(template.Body))
        {
            var data = MergeOf(chosen, senderName, company);
            preview = new MailingPreview(chosen, MailMerge.Render(template.Subject, data), MailMerge.Render(template.Body, data));
        }
        var funnel = MailingFunnel.From(recipients.Where(r => r.Send is not null).Select(r => r.Send!.Result));
        return new MailingPageViewModel(operation, template, recipients, preview, funnel, workspace.CanWrite(operation.WorkspaceId));
    }

    /// <summary>The French errors of a template: unknown merge fields, named so the student can correct them.</summary>
    public static IEnumerable<string> Check(MailTemplateViewModel template, Channel channel)
    {
        foreach (var field in MailMerge.UnknownFields(template.Subject + "\n" + template.Body))
        {
            yield return $"Le champ de fusion {field} n'existe pas. Champs possibles : {string.Join(", ", MailMerge.Fields)}.";
        }
        // About 95 characters a line at 10 points on 170 mm: a letter holds 32 lines of text.
        var lines = (template.Body ?? "").Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(l.TrimEnd().Length / 95.0)));
        if (channel == Channel.Mail && lines > LetterLines)
        {
            yield return $"Le courrier doit tenir sur une page : {lines} lignes pour {LetterLines} au plus. Raccourcissez le texte.";
        }
    }

    public const int LetterLines = 32;

    /// <summary>
    /// E-mailing: one message per recipient through the outbox (Sandbox by default), with the sender's identity and
    /// an unsubscribe line. Mailing: records the letters as posted. Never twice to the same prospect. In SMTP mode the
    /// student's safeguards apply (<see cref="StudentMailGuard"/>): recipients outside the allowed domains are set
    /// aside, and a send over the daily cap throws <see cref="MailRefusedException"/> with nothing queued.
    /// </summary>
    public async Task<MailingSendReport> SendAsync(Operation operation, string senderName, CancellationToken ct)
    {
        var company = await CompanyAsync(operation, ct);
        var template = TemplateOf(operation, company);
        var recipients = await RecipientsAsync(operation, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var skipped = recipients.Where(r => r.Send is null && r.Problem is not null).Select(r => (r.Prospect.Name, r.Problem!)).ToList();
        if (operation.Channel == Channel.Email
            && await guard.CheckAsync(operation.WorkspaceId, recipients.Where(r => r.CanSend).Select(r => r.Email!).ToList(), ct) is { } refusal)
        {
            throw new MailRefusedException(refusal);
        }
        var sends = new List<MailingSend>();
        foreach (var r in recipients.Where(r => r.CanSend))
        {
            var data = MergeOf(r, senderName, company);
            var subject = MailMerge.Render(template.Subject, data);
            var body = MailMerge.Render(template.Body, data);
            var send = new MailingSend
            {
                WorkspaceId = operation.WorkspaceId,
                OperationId = operation.Id,
                ProspectId = r.Prospect.Id,
                ContactId = r.Contact?.Id,
                Channel = operation.Channel,
                SentAtUtc = now,
            };
            if (operation.Channel == Channel.Email)
            {
                send.Address = r.Email!;
                send.OutboxMessage = outbox.Add(new OutboxDraft(operation.WorkspaceId, scope.UserId, $"{senderName} ({company.CompanyName})",
                    r.Email!, r.Contact?.FullName ?? r.Prospect.Name, subject, body + SenderIdentity.EmailFooter(senderName, company.CompanyName),
                    r.Prospect.Id, operation.Id));
            }
            else
            {
                send.Address = string.Join(", ", r.AddressLines);
            }
            db.MailingSends.Add(send);
            sends.Add(send);
            var what = operation.Channel == Channel.Email ? "E-mail envoyé" : "Courrier posté";
            AddTimeline(operation.WorkspaceId, r.Prospect.Id, $"{what} ({operation.Name}) : « {subject} ».", senderName, now);
            // No answer 7 days later: relaunch (closed as soon as a return is recorded).
            await reminders.UpsertAsync(new(operation.WorkspaceId, $"mailing:{operation.Id}:{r.Prospect.Id}", Domain.Reminders.ReminderKind.NoAnswerAfterMailing,
                Domain.Reminders.ReminderTimes.MorningOf(Domain.ParisTime.Day(now).AddDays(Domain.Reminders.ReminderTexts.DaysWithoutAnswer)),
                Domain.Reminders.ReminderTexts.NoAnswer(r.Prospect.Name, operation.Channel), r.Prospect.Id, operation.Id), ct);
        }
        await db.SaveChangesAsync(ct);
        return new MailingSendReport(sends.Count, skipped);
    }

    /// <summary>
    /// Records what came back. An answer is a contact (CNIL): it moves the date of last contact; an interested answer
    /// turns a suspect into a prospect. NPAI is noted on the timeline so the address gets checked.
    /// </summary>
    public async Task<bool> RecordResultAsync(Operation operation, int prospectId, MailingResult result, string? note, string author, CancellationToken ct)
    {
        var send = await db.MailingSends.Include(s => s.Prospect).FirstOrDefaultAsync(s => s.OperationId == operation.Id && s.ProspectId == prospectId, ct);
        if (send is null)
        {
            return false;
        }
        await ApplyResultAsync(operation, send, result, note, author, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Sets the result of a letter or e-mail and its consequences on the prospect (the caller saves).</summary>
    internal async Task ApplyResultAsync(Operation operation, MailingSend send, MailingResult result, string? note, string author, CancellationToken ct)
    {
        if (result != MailingResult.None)
        {
            await reminders.CloseAsync(operation.WorkspaceId, $"mailing:{operation.Id}:{send.ProspectId}", Domain.Reminders.ReminderStatus.Done, ct);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        send.Result = result;
        send.ResultAtUtc = result == MailingResult.None ? null : now;
        send.ResultNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var prospect = send.Prospect!;
        if (result >= MailingResult.AnswerNotInterested)
        {
            prospect.LastContactAtUtc = now;
        }
        if (result >= MailingResult.AnswerInterested && prospect.Status == ProspectStatus.Suspect)
        {
            prospect.Status = ProspectStatus.Prospect;
        }
        var text = (result, operation.Channel) switch
        {
            (MailingResult.ReturnedUndeliverable, Channel.Email) => $"Rebond ({operation.Name}) : l'e-mail n'a pas été délivré, adresse à vérifier.",
            (MailingResult.ReturnedUndeliverable, _) => $"NPAI ({operation.Name}) : le courrier est revenu, adresse à vérifier.",
            (_, Channel.Email) => $"Réponse à l'e-mailing ({operation.Name}) : {Labels.Of(result, operation.Channel)}.",
            _ => $"Retour du publipostage ({operation.Name}) : {Labels.Of(result)}.",
        };
        AddTimeline(operation.WorkspaceId, prospect.Id, text + (send.ResultNote is { } n ? $" {n}" : ""), author, now);
    }

    /// <summary>The letters to print: one per recipient that can receive one (already posted or not), in the list's order.</summary>
    public async Task<(Scenario Company, List<(MailingRecipient Recipient, string Subject, string Body)> Letters)> LettersAsync(Operation operation, string senderName, CancellationToken ct)
    {
        var company = await CompanyAsync(operation, ct);
        var template = TemplateOf(operation, company);
        var letters = (await RecipientsAsync(operation, ct))
            .Where(r => r.Problem is null)
            .Select(r =>
            {
                var data = MergeOf(r, senderName, company);
                return (r, MailMerge.Render(template.Subject, data), MailMerge.Render(template.Body, data));
            })
            .ToList();
        return (company, letters);
    }

    private async Task<List<MailingRecipient>> RecipientsAsync(Operation operation, CancellationToken ct)
    {
        var targets = (await db.OperationTargets.AsNoTracking()
            .Where(t => t.OperationId == operation.Id && !t.Excluded)
            .Include(t => t.Prospect!).ThenInclude(p => p.Contacts)
            .OrderBy(t => t.Position)
            .ToListAsync(ct))
            .Select(t => t.Prospect!)
            .ToList();
        var sends = await db.MailingSends.AsNoTracking().Include(s => s.Author).Where(s => s.OperationId == operation.Id).ToDictionaryAsync(s => s.ProspectId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var situation = await Operations.ContactSituation.LoadAsync(db, operation.WorkspaceId, targets.Select(p => p.Id).ToList(), ct);
        return targets.Select(p =>
        {
            var contact = p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault();
            var email = contact?.Email ?? p.Email;
            var lines = AddressLines(p, contact);
            string? problem = null;
            if (situation.Check(p, operation.Channel, now, timeRules: false) is { Allowed: false } refused)
            {
                problem = refused.Reason;
            }
            else if (operation.Channel == Channel.Email && string.IsNullOrWhiteSpace(email))
            {
                problem = "Pas d'adresse e-mail dans la fiche.";
            }
            else if (operation.Channel == Channel.Email && guard.DomainProblem(email!) is { } domain)
            {
                problem = domain;
            }
            else if (operation.Channel == Channel.Mail && (string.IsNullOrWhiteSpace(p.Street) || string.IsNullOrWhiteSpace(p.PostalCode)))
            {
                problem = "Adresse postale incomplète (rue et code postal).";
            }
            return new MailingRecipient(p, contact, email, lines, problem, sends.GetValueOrDefault(p.Id));
        }).ToList();
    }

    /// <summary>The window-envelope address block (La Poste): recipient, person, street, then postal code and TOWN in capitals.</summary>
    internal static IReadOnlyList<string> AddressLines(Prospect p, Contact? contact)
    {
        var lines = new List<string> { p.Name };
        if (p.Kind == ProspectKind.Organisation && contact is not null)
        {
            lines.Add($"{Labels.Of(contact.Civility)} {contact.FirstName} {contact.LastName.ToUpperInvariant()}".Replace("  ", " ", StringComparison.Ordinal));
        }
        if (!string.IsNullOrWhiteSpace(p.Street))
        {
            lines.Add(p.Street);
        }
        lines.Add($"{p.PostalCode} {p.City.ToUpperInvariant()}".Trim());
        return lines;
    }

    private static MergeData MergeOf(MailingRecipient r, string senderName, Scenario company) =>
        r.Contact is { } c
            ? new MergeData(c.Civility, c.FirstName, c.LastName, c.Title, r.Prospect.Name, r.Prospect.City, SenderIdentity.Signature(senderName, company.CompanyName))
            : new MergeData(null, "", "", "", r.Prospect.Name, r.Prospect.City, SenderIdentity.Signature(senderName, company.CompanyName));

    private Task<Scenario> CompanyAsync(Operation operation, CancellationToken ct) =>
        db.Workspaces.AsNoTracking().Where(w => w.Id == operation.WorkspaceId).Select(w => w.Scenario!).FirstAsync(ct);

    /// <summary>
    /// The letter of the student's plan (the operation's template, edited from the plan or from this page), or the one
    /// a plan starts from (<see cref="Domain.Planning.PlanDefaults.Letter"/>).
    /// </summary>
    private static MailTemplateViewModel TemplateOf(Operation operation, Scenario company)
    {
        var (subject, body) = Domain.Planning.PlanDefaults.Letter(company, operation.Channel);
        return new() { Subject = operation.MailSubject ?? subject, Body = operation.MailBody ?? body };
    }

    private void AddTimeline(int workspaceId, int prospectId, string text, string author, DateTime now) =>
        db.ProspectNotes.Add(ProspectNote.Event(workspaceId, prospectId, text, author, now));
}
