using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Features.Inbox;

/// <summary>
/// What waits for the teacher (« À traiter »), in the active classes they teach only (not archived): documents handed
/// in to assess, drafts whose "accord du responsable" is asked, and students' messages the prospect has not answered
/// (Sandbox only: in SMTP mode a real person answers). Mailing e-mails are left out: each is one of many identical
/// letters, answered from the class mailbox when the teacher wants. Oldest first within each class.
/// </summary>
public sealed class InboxService(AppDbContext db, AccessScope scope, IOptionsMonitor<MailOptions> mailOptions)
{
    /// <summary>The most lines a section lists; its heading still gives the full count.</summary>
    public const int SectionSize = 100;

    private bool AnswersPlayed => mailOptions.CurrentValue.Mode == MailMode.Sandbox;

    private IQueryable<Workspace> ActiveWorkspaces =>
        db.Workspaces.Where(w => w.Class!.TeacherId == scope.UserId && !w.Class.IsArchived);

    private IQueryable<Synthesis> HandedIn =>
        db.Syntheses.Where(s => s.Status == SynthesisStatus.HandedIn && ActiveWorkspaces.Any(w => w.Id == s.WorkspaceId));

    private IQueryable<Order> AwaitingApproval =>
        db.Orders.AwaitingApproval().Where(o => ActiveWorkspaces.Any(w => w.Id == o.WorkspaceId));

    /// <summary>A student's own message (not a mailing), kept in the class mailbox, that no answer refers to yet.</summary>
    private IQueryable<OutboxMessage> Unanswered =>
        db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sandboxed && m.SenderId != null && m.OperationId == null
            && ActiveWorkspaces.Any(w => w.Id == m.WorkspaceId)
            && !db.OutboxMessages.Any(a => a.InReplyToId == m.Id));

    /// <summary>The header's counter: one COUNT per kind.</summary>
    public async Task<int> CountAsync(CancellationToken ct)
    {
        if (!scope.IsTeacher)
        {
            return 0;
        }
        var total = await HandedIn.CountAsync(ct) + await AwaitingApproval.CountAsync(ct);
        return AnswersPlayed ? total + await Unanswered.CountAsync(ct) : total;
    }

    public async Task<InboxViewModel> ListAsync(CancellationToken ct)
    {
        var syntheses = await (
                from s in HandedIn
                join w in db.Workspaces on s.WorkspaceId equals w.Id
                orderby w.Class!.Name, w.ClassId, s.HandedInAtUtc, s.Id
                select new InboxSynthesisItem(s.Id, w.Class!.Name, w.Name, s.Author == null ? null : s.Author.FirstName + " " + s.Author.LastName, s.Title, s.HandedInAtUtc ?? s.CreatedAtUtc, s.DueAtUtc))
            .Take(SectionSize).ToListAsync(ct);
        var orders = await (
                from o in AwaitingApproval
                join w in db.Workspaces on o.WorkspaceId equals w.Id
                orderby w.Class!.Name, w.ClassId, o.ApprovalRequestedAtUtc, o.Id
                select new InboxOrderItem(o.Id, w.Class!.Name, w.Name, o.OrderNumber ?? o.QuoteNumber ?? "", o.Prospect!.Name, o.NetExclVat,
                    o.ApprovalRequestedAtUtc!.Value, o.ApprovalRequest))
            .Take(SectionSize).ToListAsync(ct);
        var messages = AnswersPlayed
            ? await (
                    from m in Unanswered
                    join w in db.Workspaces on m.WorkspaceId equals (int?)w.Id
                    orderby w.Class!.Name, w.ClassId, m.CreatedAtUtc, m.Id
                    select new InboxMessageItem(m.Id, w.Class!.Name, w.Name,
                        db.Users.Where(u => u.Id == m.SenderId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault() ?? "",
                        m.ToName == "" ? m.ToAddress : m.ToName, m.Subject, m.CreatedAtUtc))
                .Take(SectionSize).ToListAsync(ct)
            : [];
        return new InboxViewModel(
            new(syntheses, syntheses.Count < SectionSize ? syntheses.Count : await HandedIn.CountAsync(ct)),
            new(orders, orders.Count < SectionSize ? orders.Count : await AwaitingApproval.CountAsync(ct)),
            new(messages, messages.Count < SectionSize ? messages.Count : await Unanswered.CountAsync(ct)),
            AnswersPlayed);
    }
}
