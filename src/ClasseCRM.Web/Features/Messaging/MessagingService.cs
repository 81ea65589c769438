using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Messaging;

/// <summary>
/// The class mailbox (/messagerie): a student writes to a contact of their prospect file; the message goes through
/// the outbox. In Sandbox mode it stays here, readable by the student and the class's teacher.
/// </summary>
public sealed class MessagingService(AppDbContext db, AccessScope scope, Outbox outbox)
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
                m.ToName == "" ? m.ToAddress : m.ToName + " <" + m.ToAddress + ">",
                m.Subject, m.Status))
            .ToListAsync(ct);
        return (items, total);
    }

    public Task<OutboxMessage?> FindAsync(int id, CancellationToken ct) =>
        db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.WorkspaceId != null, ct);

    public async Task<List<RecipientChoice>> RecipientsAsync(int workspaceId, CancellationToken ct) =>
        (await db.Contacts.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.Email != null && !c.Prospect!.EmailOpposition)
            .OrderBy(c => c.Prospect!.Name).ThenBy(c => c.LastName)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Email, Prospect = c.Prospect!.Name })
            .ToListAsync(ct))
        .Select(c => new RecipientChoice(c.Id, $"{c.Prospect} — {c.FirstName} {c.LastName} <{c.Email}>"))
        .ToList();

    /// <summary>Stores the message in the outbox (one transaction) and queues its delivery. Returns null when the recipient is not valid.</summary>
    public async Task<int?> SendAsync(int workspaceId, MessageComposeViewModel model, string senderName, CancellationToken ct)
    {
        string address;
        string name;
        if (model.ContactId is { } contactId)
        {
            var contact = await db.Contacts.AsNoTracking()
                .Where(c => c.Id == contactId && c.WorkspaceId == workspaceId && c.Email != null && !c.Prospect!.EmailOpposition)
                .Select(c => new { c.Email, c.FirstName, c.LastName })
                .FirstOrDefaultAsync(ct);
            if (contact is null)
            {
                return null;
            }
            address = contact.Email!;
            name = $"{contact.FirstName} {contact.LastName}";
        }
        else if (!string.IsNullOrWhiteSpace(model.OtherAddress))
        {
            address = model.OtherAddress.Trim();
            name = "";
        }
        else
        {
            return null;
        }

        var company = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Scenario!.CompanyName).FirstAsync(ct);
        // Every message names its sender and offers a free way to object (DOMAIN.md, rules on contacting people).
        var body = model.Body.TrimEnd() + $"\n\n--\n{senderName}\n{company}\n" +
            "Vous pouvez vous opposer à tout moment à nos messages : répondez simplement « STOP » à ce message, gratuitement.";
        var message = outbox.Add(new OutboxDraft(workspaceId, scope.UserId, $"{senderName} ({company})", address, name, model.Subject.Trim(), body));
        await db.SaveChangesAsync(ct);
        outbox.ScheduleDelivery(message.Id);
        return message.Id;
    }
}
