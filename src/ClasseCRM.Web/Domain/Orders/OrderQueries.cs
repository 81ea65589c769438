using System.Linq.Expressions;

namespace ClasseCRM.Web.Domain.Orders;

/// <summary>What counts as a sale in every figure (CA, marge, customers, réachat): a confirmed order, not a quote, a draft or a cancelled one.</summary>
public static class OrderQueries
{
    public static readonly Expression<Func<Order, bool>> IsConfirmedSale =
        o => o.OrderNumber != null && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Draft;

    /// <summary>
    /// A contract in progress (the exception to the energy-renovation canvassing ban): a quote accepted or an order
    /// confirmed, not yet paid nor cancelled — the works are still to be done, delivered, installed or invoiced.
    /// </summary>
    public static readonly Expression<Func<Order, bool>> IsContractInProgress =
        o => o.Status == OrderStatus.Accepted || o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Delivered
            || o.Status == OrderStatus.Installed || o.Status == OrderStatus.Invoiced;

    public static IQueryable<Order> ConfirmedSales(this IQueryable<Order> orders) => orders.Where(IsConfirmedSale);
}
