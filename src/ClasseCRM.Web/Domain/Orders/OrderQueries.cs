using System.Linq.Expressions;

namespace ClasseCRM.Web.Domain.Orders;

/// <summary>What counts as a sale in every figure (CA, marge, customers, réachat): a confirmed order, not a quote, a draft or a cancelled one.</summary>
public static class OrderQueries
{
    public static readonly Expression<Func<Order, bool>> IsConfirmedSale =
        o => o.OrderNumber != null && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Draft;

    public static IQueryable<Order> ConfirmedSales(this IQueryable<Order> orders) => orders.Where(IsConfirmedSale);
}
