namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// The status flow of a quote and an order: brouillon → devis envoyé → accepté → commande confirmée → livrée → (mise en service) →
/// facturée → payée; a quote or an order not delivered yet may be cancelled, and so may an invoiced or paid one (the client
/// cancels or returns it: an avoir then cancels the invoice). A delivered order not invoiced yet is a claim, not a
/// cancellation. Anything else is refused with a message.
/// Payment is reached by recording payments that cover the amount due (partial payments keep it "facturée").
/// </summary>
public static class OrderWorkflow
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.Draft] = [OrderStatus.QuoteSent, OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.QuoteSent] = [OrderStatus.Accepted, OrderStatus.Cancelled],
        [OrderStatus.Accepted] = [OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.Confirmed] = [OrderStatus.Delivered, OrderStatus.Cancelled],
        [OrderStatus.Delivered] = [OrderStatus.Installed, OrderStatus.Invoiced],
        [OrderStatus.Installed] = [OrderStatus.Invoiced],
        [OrderStatus.Invoiced] = [OrderStatus.Paid, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Cancelled],
        [OrderStatus.Cancelled] = [],
    };

    /// <summary>The next steps of a document: a draft quote is sent, a draft order is confirmed directly.</summary>
    public static IReadOnlyList<OrderStatus> NextSteps(OrderStatus status, bool isOrder = true) =>
        status == OrderStatus.Draft
            ? Next[status].Where(s => s == OrderStatus.Cancelled || s == (isOrder ? OrderStatus.Confirmed : OrderStatus.QuoteSent)).ToList()
            : Next[status];

    /// <summary>Null when the move is allowed; otherwise the French reason.</summary>
    public static string? Refusal(OrderStatus from, OrderStatus to, bool isOrder = true) =>
        NextSteps(from, isOrder).Contains(to) ? null : $"Passage impossible de « {Label(from)} » à « {Label(to)} ».";

    /// <summary>Lines, discounts and terms can change until the order is delivered.</summary>
    public static bool IsEditable(OrderStatus status) => status is OrderStatus.Draft or OrderStatus.QuoteSent or OrderStatus.Accepted or OrderStatus.Confirmed;

    public static string Label(OrderStatus status) => status switch
    {
        OrderStatus.Draft => "Brouillon",
        OrderStatus.QuoteSent => "Devis envoyé",
        OrderStatus.Accepted => "Devis accepté",
        OrderStatus.Confirmed => "Commande confirmée",
        OrderStatus.Delivered => "Livrée",
        OrderStatus.Installed => "Mise en service",
        OrderStatus.Invoiced => "Facturée",
        OrderStatus.Paid => "Payée",
        OrderStatus.Cancelled => "Annulée",
        _ => status.ToString(),
    };

    /// <summary>The button that moves a document to <paramref name="to"/>.</summary>
    public static string Action(OrderStatus to) => to switch
    {
        OrderStatus.QuoteSent => "Envoyer le devis",
        OrderStatus.Accepted => "Le client accepte le devis",
        OrderStatus.Confirmed => "Confirmer la commande",
        OrderStatus.Delivered => "Livraison effectuée",
        OrderStatus.Installed => "Mise en service effectuée",
        OrderStatus.Invoiced => "Facturer",
        OrderStatus.Cancelled => "Annuler",
        _ => Label(to),
    };

    public static string Label(OrderIssueKind kind) => kind switch
    {
        OrderIssueKind.Delay => "Retard",
        OrderIssueKind.WrongDelivery => "Erreur de livraison",
        _ => "Réclamation",
    };
}
