using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// The "accord du responsable" (<see cref="OrderApprovals"/>): the student asks it on a draft outside the negotiation
/// room; the class's teacher gives it or refuses it with a reason. The teacher writes in the student's workspace only
/// through <see cref="AccessScope.AllowClassTeacherWrite"/>, for a workspace of their classes.
/// </summary>
public sealed class OrderApprovalService(AppDbContext db, AccessScope scope, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The teacher records the agreement on a draft outside the negotiation room (asked or not): the student may send it.</summary>
    public async Task ApproveAsync(Order snapshot, string text, string teacherName, CancellationToken ct)
    {
        var order = await ForTeacherAsync(snapshot, ct);
        var today = DateOnly.FromDateTime(French.ToParis(Now));
        order.ManagerApproval = $"{text.Trim()} — {teacherName}, le {today.ToString("dd/MM/yyyy", French.Culture)}";
        // The request is answered: a later one (new terms) starts afresh, with its own date and message.
        order.ApprovalRequestedAtUtc = null;
        order.ApprovalRequest = null;
        order.ApprovalRefusal = null;
        order.ApprovalRefusedBy = null;
        order.ApprovalRefusedAtUtc = null;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The teacher refuses the waiting request with a reason; refused with a French message when no request waits.</summary>
    public async Task<Outcome> RefuseAsync(Order snapshot, string reason, string teacherName, CancellationToken ct)
    {
        var order = await ForTeacherAsync(snapshot, ct);
        if (!OrderApprovals.Awaits(order))
        {
            return Outcome.Refused("Aucune demande d'accord n'attend sur ce document : il n'y a rien à refuser.");
        }
        OrderApprovals.Refuse(order, reason, teacherName, Now);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>
    /// The student asks the agreement again from the document's page (after a refusal, or on a draft never asked): only
    /// for a draft still outside the negotiation room and without the agreement.
    /// </summary>
    public async Task<Outcome> RequestAsync(Order snapshot, string? message, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Prospect).FirstAsync(o => o.Id == snapshot.Id, ct);
        if (order.Status != OrderStatus.Draft || order.ManagerApproval is not null)
        {
            return Outcome.Refused("L'accord se demande sur un brouillon qui ne l'a pas encore reçu.");
        }
        var company = await db.Workspaces.AsNoTracking().Where(w => w.Id == order.WorkspaceId).Select(w => w.Scenario!).FirstAsync(ct);
        if (OrderService.Breaches(order, company).Count == 0)
        {
            return Outcome.Refused("Ce document respecte la marge de manœuvre : il n'a pas besoin de l'accord du responsable.");
        }
        OrderApprovals.Ask(order, message, Now);
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    private async Task<Order> ForTeacherAsync(Order snapshot, CancellationToken ct)
    {
        if (!scope.AllowClassTeacherWrite(snapshot.WorkspaceId))
        {
            throw new NotFoundInScopeException("Accord hors des classes de l'enseignant.");
        }
        return await db.Orders.FirstAsync(o => o.Id == snapshot.Id, ct);
    }
}
