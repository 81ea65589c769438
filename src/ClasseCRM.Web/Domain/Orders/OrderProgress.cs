namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// The step bar of a quote or an order (issue 18, item 7): where the document is and what comes next, along the flow of
/// <see cref="OrderWorkflow"/>. A quote goes brouillon → devis envoyé → accepté → commande confirmée → livrée → mise en
/// service → facturée → payée; an order written directly starts at brouillon → commande confirmée. Steps reached show
/// their date; the steps <see cref="OrderWorkflow.NextSteps"/> allows now are « next » (after delivery: the mise en
/// service or the invoice, the mise en service being optional); an order invoiced without mise en service shows that
/// step skipped. A cancelled document shows the steps it had reached, the others not reached, then its cancellation.
/// </summary>
public static class OrderProgress
{
    private static readonly OrderStatus[] QuotePath =
    [
        OrderStatus.Draft, OrderStatus.QuoteSent, OrderStatus.Accepted, OrderStatus.Confirmed, OrderStatus.Delivered,
        OrderStatus.Installed, OrderStatus.Invoiced, OrderStatus.Paid,
    ];

    private static readonly OrderStatus[] OrderPath =
    [
        OrderStatus.Draft, OrderStatus.Confirmed, OrderStatus.Delivered, OrderStatus.Installed, OrderStatus.Invoiced, OrderStatus.Paid,
    ];

    /// <summary>The steps of the document's path, in order, each with its state (and a cancellation last, when cancelled).</summary>
    public static IReadOnlyList<OrderStep> Steps(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var path = order.QuoteNumber is null ? OrderPath : QuotePath;
        return order.Status == OrderStatus.Cancelled ? Cancelled(order, path) : Running(order, path);
    }

    private static List<OrderStep> Running(Order order, OrderStatus[] path)
    {
        var at = Array.IndexOf(path, order.Status);
        var next = OrderWorkflow.NextSteps(order.Status, order.IsOrder);
        var steps = new List<OrderStep>(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var status = path[i];
            var state = i == at ? OrderStepState.Current
                : i < at ? (DateOf(order, status) is null && status == OrderStatus.Installed ? OrderStepState.Skipped : OrderStepState.Done)
                : next.Contains(status) ? OrderStepState.Next
                : OrderStepState.Later;
            steps.Add(new OrderStep(status, state, state is OrderStepState.Done or OrderStepState.Current ? DateOf(order, status) : null));
        }
        return steps;
    }

    private static List<OrderStep> Cancelled(Order order, OrderStatus[] path)
    {
        // The last step with its date is as far as the document went (a draft has none: only the draft was reached).
        var reached = 0;
        for (var i = 1; i < path.Length; i++)
        {
            if (DateOf(order, path[i]) is not null)
            {
                reached = i;
            }
        }
        var steps = path.Select((status, i) => i > reached
                ? new OrderStep(status, OrderStepState.NotReached, null)
                : new OrderStep(status, DateOf(order, status) is null && i > 0 ? OrderStepState.Skipped : OrderStepState.Done, DateOf(order, status)))
            .ToList();
        steps.Add(new OrderStep(OrderStatus.Cancelled, OrderStepState.Current, order.CancelledOn));
        return steps;
    }

    private static DateOnly? DateOf(Order order, OrderStatus status) => status switch
    {
        OrderStatus.QuoteSent => order.QuoteDate,
        OrderStatus.Accepted => order.AcceptedOn,
        OrderStatus.Confirmed => order.OrderDate,
        OrderStatus.Delivered => order.DeliveredOn,
        OrderStatus.Installed => order.InstalledOn,
        OrderStatus.Invoiced => order.InvoicedOn,
        OrderStatus.Paid => order.PaidOn,
        OrderStatus.Cancelled => order.CancelledOn,
        _ => null,
    };
}
