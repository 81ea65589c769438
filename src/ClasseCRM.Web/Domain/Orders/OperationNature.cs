namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// The nature of the operation invoiced, a mention required since the September 2026 e-invoicing reform: livraison de
/// biens, prestation de services, or both.
/// </summary>
public enum OperationNature
{
    Goods = 0,
    Services = 1,
    GoodsAndServices = 2,
}
