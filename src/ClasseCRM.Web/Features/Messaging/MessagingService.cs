using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Features.Messaging;

/// <summary>
/// The class mailbox (/messagerie): a student writes to a contact of their prospect file; the message goes through
/// the outbox. In Sandbox mode it stays here, readable by the student and the class's teacher.
/// </summary>
public sealed class MessagingService(AppDbContext db, AccessScope scope, Outbox outbox, StudentMailGuard guard, Mailing.MailingService mailing, IOptionsMonitor<MailOptions> mailOptions, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<(List<MessageListItem> Items, int Total)> ListAsync(int page, CancellationToken ct)
    {
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.WorkspaceId != null);
        if (scope.IsStudent && scope.CurrentWorkspaceId is { } current)
        {
            query = query.Where(m => m.WorkspaceId == current);
        }
        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(m => new MessageListItem(
                m.Id, m.CreatedAtUtc,
                db.Workspaces.Where(w => w.Id == m.WorkspaceId).Select(w => w.Name).FirstOrDefault() ?? "",
                m.Status == OutboxStatus.Received
                    ? "De : " + m.FromName + " <" + m.FromAddress + ">"
                    : m.ToName == "" ? m.ToAddress : m.ToName + " <" + m.ToAddress + ">",
                m.Subject, m.Status))
            .ToListAsync(ct);
        return (items, total);
    }

    /// <summary>
    /// Every message the students of a class the teacher teaches sent (mailbox and mailings, both modes, with their
    /// status), so the teacher sees what went out for real in SMTP mode. Null for a class the teacher does not teach.
    /// </summary>
    public async Task<ClassMailViewModel?> ClassMailAsync(int classId, int page, CancellationToken ct)
    {
        var schoolClass = await db.Classes.AsNoTracking().Where(c => c.Id == classId && c.TeacherId == scope.UserId)
            .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        if (schoolClass is null)
        {
            return null;
        }
        page = Math.Max(page, 1);
        var query = db.OutboxMessages.AsNoTracking()
            .Where(m => m.SenderId != null && m.Status != OutboxStatus.Received
                && db.Workspaces.Any(w => w.Id == m.WorkspaceId && w.ClassId == classId));
        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new ClassMailItem(
                m.Id, m.CreatedAtUtc,
                db.Users.Where(u => u.Id == m.SenderId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault() ?? "",
                db.Workspaces.Where(w => w.Id == m.WorkspaceId).Select(w => w.Name).FirstOrDefault() ?? "",
                m.ToName == "" ? m.ToAddress : m.ToName + " <" + m.ToAddress + ">",
                m.Subject, m.Status))
            .ToListAsync(ct);
        return new ClassMailViewModel(schoolClass.Id, schoolClass.Name, mailOptions.CurrentValue.Mode == MailMode.Smtp, items, page, total);
    }

    public Task<OutboxMessage?> FindAsync(int id, CancellationToken ct) =>
        db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.WorkspaceId != null, ct);

    public async Task<List<RecipientChoice>> RecipientsAsync(int workspaceId, CancellationToken ct) =>
        (await db.Contacts.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.Email != null && !c.Prospect!.EmailOpposition)
            .OrderBy(c => c.Prospect!.NameKey).ThenBy(c => c.Prospect!.Id).ThenBy(c => c.LastName)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Email, Prospect = c.Prospect!.Name })
            .ToListAsync(ct))
        .Select(c => new RecipientChoice(c.Id, $"{c.Prospect} — {c.FirstName} {c.LastName} <{c.Email}>"))
        .ToList();

    /// <summary>
    /// A prospect's message (received) in the student's workspace that they may answer; null for any other message, so
    /// another workspace's message answers 404.
    /// </summary>
    public Task<OutboxMessage?> ReplyableAsync(int workspaceId, int messageId, CancellationToken ct) =>
        db.OutboxMessages.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Id == messageId && m.WorkspaceId == workspaceId && m.Status == OutboxStatus.Received, ct);

    /// <summary>
    /// « Répondre » to a prospect's message: the compose form addressed to the contact who wrote (the same address in
    /// the prospect file; the address itself when free addresses are allowed), « Re : » before the subject once, and the
    /// message quoted below, as mail programs do.
    /// </summary>
    public async Task<MessageComposeViewModel> ReplyDraftAsync(int workspaceId, OutboxMessage original, CancellationToken ct)
    {
        var address = original.FromAddress.Trim();
        var contactId = await db.Contacts.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.Email != null && !c.Prospect!.EmailOpposition
                && (original.ProspectId == null || c.ProspectId == original.ProspectId))
            .Where(c => c.Email!.ToLower() == address.ToLower())
            .OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        var subject = ReplySubject(original.Subject);
        var quoted = string.Join('\n', original.BodyText.TrimEnd().Replace("\r\n", "\n").Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l));
        var who = string.IsNullOrWhiteSpace(original.FromName) ? address : $"{original.FromName} <{address}>";
        var body = $"\n\nLe {French.Date(original.CreatedAtUtc)} à {French.Timestamp(original.CreatedAtUtc)[11..]}, {who} a écrit :\n{quoted}";
        return new MessageComposeViewModel
        {
            ContactId = contactId,
            OtherAddress = contactId is null && FreeAddressAllowed ? address : null,
            Subject = subject,
            Body = body.Length > 10000 ? body[..10000] : body,
            InReplyToId = original.Id,
        };
    }

    /// <summary>« Re : » once before the subject, whatever the prefixes already there (RE :, Re:, re :).</summary>
    public static string ReplySubject(string subject)
    {
        var rest = subject.Trim();
        while (System.Text.RegularExpressions.Regex.Match(rest, @"^re\s*:\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } prefix)
        {
            rest = rest[prefix.Length..];
        }
        var reply = "Re : " + rest;
        return reply.Length > 200 ? reply[..200] : reply;
    }

    /// <summary>In SMTP mode a student writes only to their prospect file: no free address (see <see cref="StudentMailGuard"/>).</summary>
    public bool FreeAddressAllowed => !guard.Applies;

    /// <summary>
    /// Stores the message in the outbox (one transaction) and queues its delivery. Returns null when the recipient is not
    /// valid; throws <see cref="MailRefusedException"/> with the French reason when the SMTP safeguards refuse it.
    /// </summary>
    public async Task<int?> SendAsync(int workspaceId, MessageComposeViewModel model, string senderName, CancellationToken ct)
    {
        string address;
        string name;
        int? prospectId = null;
        if (model.ContactId is { } contactId)
        {
            var contact = await db.Contacts.AsNoTracking()
                .Where(c => c.Id == contactId && c.WorkspaceId == workspaceId && c.Email != null && !c.Prospect!.EmailOpposition)
                .Select(c => new { c.Email, c.FirstName, c.LastName, c.ProspectId })
                .FirstOrDefaultAsync(ct);
            if (contact is null)
            {
                return null;
            }
            address = contact.Email!;
            name = $"{contact.FirstName} {contact.LastName}";
            prospectId = contact.ProspectId;
        }
        else if (!string.IsNullOrWhiteSpace(model.OtherAddress))
        {
            if (!FreeAddressAllowed)
            {
                throw new MailRefusedException(FreeAddressRefused);
            }
            address = model.OtherAddress.Trim();
            name = "";
        }
        else
        {
            return null;
        }

        if (await guard.CheckAsync(workspaceId, [address], ct) is { } refusal)
        {
            throw new MailRefusedException(refusal);
        }
        var company = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Scenario!.CompanyName).FirstAsync(ct);
        var body = model.Body.TrimEnd() + SenderIdentity.EmailFooter(senderName, company);
        var message = outbox.Add(new OutboxDraft(workspaceId, scope.UserId, $"{senderName} ({company})", address, name, model.Subject.Trim(), body, prospectId));
        if (model.InReplyToId is { } answered && await ReplyableAsync(workspaceId, answered, ct) is { } original)
        {
            // The answer joins the conversation: it shows under the prospect's message and waits for the prospect's reply.
            message.InReplyToId = original.Id;
            message.ProspectId ??= original.ProspectId;
        }
        await db.SaveChangesAsync(ct);
        return message.Id;
    }

    public const string FreeAddressRefused =
        "En mode SMTP, les messages partent vers de vraies personnes : choisissez un interlocuteur de votre fichier prospects, pas une autre adresse.";

    /// <summary>The other messages of the thread: the message this one answers, and the answers it received.</summary>
    public Task<List<OutboxMessage>> ThreadAsync(OutboxMessage message, CancellationToken ct) =>
        db.OutboxMessages.AsNoTracking()
            .Where(m => m.Id == message.InReplyToId || m.InReplyToId == message.Id)
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .ToListAsync(ct);

    /// <summary>In Sandbox mode, the class's teacher may answer a student's message as the prospect would.</summary>
    public bool CanAnswerAsProspect(OutboxMessage message) =>
        scope.IsTeacher && mailOptions.CurrentValue.Mode == MailMode.Sandbox && message.Status == OutboxStatus.Sandboxed
        && message.WorkspaceId is { } ws && scope.WorkspaceIds.Contains(ws);

    /// <summary>
    /// The teacher's answer as the prospect: it lands in the student's mailbox, on the prospect's timeline (an answer is
    /// a contact: the date of last contact moves) and, for a mailing, counts as a réponse in the operation's figures.
    /// </summary>
    public async Task<int> AnswerAsProspectAsync(OutboxMessage original, ProspectAnswerViewModel model, string teacherName, CancellationToken ct)
    {
        if (!scope.AllowClassTeacherWrite(original.WorkspaceId!.Value))
        {
            throw new NotFoundInScopeException("Réponse hors des classes de l'enseignant.");
        }
        var answer = outbox.AddReceived(original, scope.UserId, model.Body.Trim());
        var author = $"{answer.FromName} (réponse jouée par {teacherName})";
        var send = await db.MailingSends.Include(s => s.Prospect).FirstOrDefaultAsync(s => s.OutboxMessageId == original.Id, ct);
        var operation = send is null ? null : await db.Operations.FirstOrDefaultAsync(o => o.Id == send.OperationId, ct);
        if (send is not null && operation is not null)
        {
            await mailing.ApplyResultAsync(operation, send, model.Result, $"Réponse par e-mail : « {Excerpt(model.Body)} »", author, ct);
        }
        else if (original.ProspectId is { } prospectId && await db.Prospects.FirstOrDefaultAsync(p => p.Id == prospectId, ct) is { } prospect)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            prospect.LastContactAtUtc = now;
            db.ProspectNotes.Add(ProspectNote.Event(prospect.WorkspaceId, prospect.Id, $"Réponse reçue par e-mail à « {original.Subject} » : « {Excerpt(model.Body)} »", author, now));
        }
        await db.SaveChangesAsync(ct);
        return answer.Id;
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length > 300 ? flat[..300] + "…" : flat;
    }
}
