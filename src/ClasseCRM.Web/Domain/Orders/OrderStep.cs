namespace ClasseCRM.Web.Domain.Orders;

/// <summary>One step of a document's step bar: the status, where it stands, and the date it was reached (when it was).</summary>
public sealed record OrderStep(OrderStatus Status, OrderStepState State, DateOnly? On);
