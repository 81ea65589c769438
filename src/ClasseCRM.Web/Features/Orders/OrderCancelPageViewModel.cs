using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>The cancellation's confirmation page: the document, its invoice when it has one, and the form as typed.</summary>
public sealed record OrderCancelPageViewModel(Order Order, Invoice? Invoice, OrderCancelViewModel Form)
{
    public string Title => OrderCancelViewModel.Title(Order, Invoice is not null);
}
