using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// The colour of each status badge (issue 18, item 7): the badge always says the status in words, the colour only helps
/// to scan a list. Bootstrap's « text-bg » and « subtle / emphasis » pairs keep the text above 4,5:1.
/// </summary>
public static class OrderStatusStyle
{
    public static string Css(OrderStatus status) => status switch
    {
        OrderStatus.Draft => "bg-secondary-subtle text-secondary-emphasis border border-secondary-subtle",
        OrderStatus.QuoteSent => "bg-info-subtle text-info-emphasis border border-info-subtle",
        OrderStatus.Accepted => "bg-primary-subtle text-primary-emphasis border border-primary-subtle",
        OrderStatus.Confirmed => "text-bg-primary",
        OrderStatus.Delivered or OrderStatus.Installed => "bg-success-subtle text-success-emphasis border border-success-subtle",
        OrderStatus.Invoiced => "bg-warning-subtle text-warning-emphasis border border-warning-subtle",
        OrderStatus.Paid => "text-bg-success",
        OrderStatus.Cancelled => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
