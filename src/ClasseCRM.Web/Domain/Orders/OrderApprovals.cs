using System.Linq.Expressions;

namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// The "accord du responsable" on a draft outside the negotiation room: the student asks it (with a message if they
/// want), the request waits for the class's teacher, who gives the agreement or refuses it with a reason the student
/// reads on the quote. The student may then change the document and ask again: a new request clears the refusal.
/// </summary>
public static class OrderApprovals
{
    /// <summary>A draft whose request waits for the teacher: asked, neither agreed nor refused since.</summary>
    public static readonly Expression<Func<Order, bool>> IsAwaiting =
        o => o.Status == OrderStatus.Draft && o.ManagerApproval == null && o.ApprovalRequestedAtUtc != null;

    public static IQueryable<Order> AwaitingApproval(this IQueryable<Order> orders) => orders.Where(IsAwaiting);

    public static bool Awaits(Order order) =>
        order.Status == OrderStatus.Draft && order.ManagerApproval is null && order.ApprovalRequestedAtUtc is not null;

    /// <summary>
    /// The student asks the agreement: a request already waiting keeps its date (what waits longest comes first for the
    /// teacher) and takes the new message if one is written; a refused one becomes a new request and loses its refusal.
    /// </summary>
    public static void Ask(Order order, string? message, DateTime nowUtc)
    {
        var text = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (Awaits(order))
        {
            order.ApprovalRequest = text ?? order.ApprovalRequest;
            return;
        }
        order.ApprovalRequestedAtUtc = nowUtc;
        order.ApprovalRequest = text;
        order.ApprovalRefusal = null;
        order.ApprovalRefusedBy = null;
        order.ApprovalRefusedAtUtc = null;
    }

    /// <summary>Back within the negotiation room: there is nothing left to agree, so no request waits and no refusal stands.</summary>
    public static void Withdraw(Order order)
    {
        order.ApprovalRequestedAtUtc = null;
        order.ApprovalRequest = null;
        order.ApprovalRefusal = null;
        order.ApprovalRefusedBy = null;
        order.ApprovalRefusedAtUtc = null;
    }

    /// <summary>
    /// The negotiated terms an agreement is given on: each line's quantity, price and discount, the remise, rabais,
    /// ristourne and escompte, and the payment terms. An agreement covers these terms only: when the student changes
    /// them, the agreement no longer stands and the room is checked again (a new request if it is still exceeded).
    /// </summary>
    public static string Terms(Order o) =>
        string.Join("|", o.Lines.OrderBy(l => l.Position).Select(l => $"{l.Designation};{N(l.Quantity)};{N(l.UnitPriceExclVat)};{N(l.DiscountRate)};{N(l.VatRate)}"))
        + $"|{N(o.RemiseRate)};{N(o.RabaisRate)};{N(o.RistourneRate)};{N(o.EscompteRate)};{o.PaymentTermDays};{o.PaymentTermEndOfMonth}";

    /// <summary>A decimal without its scale (0,15 read back from the database as 0,1500 is the same term).</summary>
    private static string N(decimal d) => d.ToString("G29", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Drops an agreement given on other terms than the order's now (see <see cref="Terms"/>).</summary>
    public static void DropIfTermsChanged(Order order, string? agreedTerms)
    {
        if (agreedTerms is not null && order.ManagerApproval is not null && Terms(order) != agreedTerms)
        {
            order.ManagerApproval = null;
            order.ApprovalRequestedAtUtc = null;
            order.ApprovalRequest = null;
        }
    }

    /// <summary>The teacher refuses the waiting request with a reason (required): the request no longer waits.</summary>
    public static void Refuse(Order order, string reason, string teacherName, DateTime nowUtc)
    {
        order.ApprovalRefusal = reason.Trim();
        order.ApprovalRefusedBy = teacherName;
        order.ApprovalRefusedAtUtc = nowUtc;
        order.ApprovalRequestedAtUtc = null;
    }
}
