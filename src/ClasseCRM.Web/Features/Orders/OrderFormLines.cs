using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// The lines of the order form read against the scenario's catalogue: a line needs a product of the catalogue and a
/// quantity above 0; its designation, VAT rate, purchase cost and negotiation room are copied from the catalogue, its
/// price is the catalogue's unless the student typed a negotiated one. Each problem is reported on its field.
/// </summary>
public static class OrderFormLines
{
    public static List<OrderLine> Read(int workspaceId, OrderFormViewModel m, IReadOnlyDictionary<int, ScenarioProduct> catalogue, List<(string, string)> errors)
    {
        var lines = new List<OrderLine>();
        for (var i = 0; i < m.Lines.Count; i++)
        {
            var input = m.Lines[i];
            if (input.ProductId is null)
            {
                if (input.Quantity is not null)
                {
                    errors.Add(($"Lines[{i}].ProductId", "Choisissez le produit de cette ligne."));
                }
                continue;
            }
            if (!catalogue.TryGetValue(input.ProductId.Value, out var product))
            {
                errors.Add(($"Lines[{i}].ProductId", "Ce produit n'est pas au catalogue du scénario."));
                continue;
            }
            if (input.Quantity is not > 0)
            {
                errors.Add(($"Lines[{i}].Quantity", $"Indiquez une quantité supérieure à 0 pour « {product.Designation} »."));
                continue;
            }
            lines.Add(new OrderLine
            {
                WorkspaceId = workspaceId,
                ProductId = product.Id,
                Reference = product.Reference,
                Designation = product.Designation,
                Unit = product.Unit,
                Quantity = input.Quantity.Value,
                UnitPriceExclVat = input.UnitPrice ?? product.PriceExclVat,
                DiscountRate = (input.DiscountPercent ?? 0) / 100m,
                VatRate = product.VatRate,
                UnitCostExclVat = product.PurchaseCostExclVat,
                CataloguePrice = product.PriceExclVat,
                MaxDiscountRate = product.MaxDiscountRate,
                Position = lines.Count + 1,
            });
        }
        if (lines.Count == 0 && !errors.Any(e => e.Item1.StartsWith("Lines", StringComparison.Ordinal)))
        {
            errors.Add(("Lines", "Ajoutez au moins une ligne : un produit du catalogue et sa quantité."));
        }
        return lines;
    }
}
