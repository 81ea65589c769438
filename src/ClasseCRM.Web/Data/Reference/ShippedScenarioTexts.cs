using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Data.Reference;

/// <summary>
/// Shipped scenarios follow their seed file: a scenario with no owner is read-only in the app, so its texts are always
/// those of some version of seeds/scenarios; at each start they take the current file's (identity, offer, payment
/// terms, sales pitch, catalogue designations and units, objection grid), so that a corrected text (typography,
/// wording) reaches an installation seeded before the correction. A teacher's scenario (a copy: it has an owner) is
/// never touched, nor are prices, rates or the secteur, which workspaces and orders already rely on.
/// </summary>
public static class ShippedScenarioTexts
{
    /// <summary>
    /// Copies the seed's texts onto <paramref name="shipped"/> (loaded with its products and objections); returns whether
    /// anything changed. Products are matched by reference; objections by position, the seed's extra lines added and the
    /// scenario's lines beyond the seed's removed (nothing refers to an objection line).
    /// </summary>
    public static bool Refresh(Scenario shipped, ScenarioSeed seed)
    {
        if (!shipped.IsShipped || shipped.SourceKey != seed.Key)
        {
            return false;
        }
        var changed = false;
        void Set(string current, string wanted, Action<string> assign)
        {
            if (!string.Equals(current, wanted, StringComparison.Ordinal))
            {
                assign(wanted);
                changed = true;
            }
        }

        Set(shipped.Title, seed.Title, v => shipped.Title = v);
        Set(shipped.CompanyName, seed.Company.Name, v => shipped.CompanyName = v);
        Set(shipped.LegalForm, seed.Company.LegalForm, v => shipped.LegalForm = v);
        Set(shipped.RcsCity, seed.Company.RcsCity, v => shipped.RcsCity = v);
        Set(shipped.Street, seed.Company.Street, v => shipped.Street = v);
        Set(shipped.City, seed.Company.City, v => shipped.City = v);
        Set(shipped.Sector, seed.Company.Sector, v => shipped.Sector = v);
        Set(shipped.Offer, seed.Offer, v => shipped.Offer = v);
        Set(shipped.PaymentTerms, string.Join('\n', seed.Negotiation.PaymentTerms), v => shipped.PaymentTerms = v);
        Set(shipped.SalesPitch, seed.SalesPitch, v => shipped.SalesPitch = v);

        foreach (var product in shipped.Products)
        {
            if (seed.Products.FirstOrDefault(p => p.Reference == product.Reference) is { } line)
            {
                Set(product.Designation, line.Designation, v => product.Designation = v);
                Set(product.Unit, line.Unit, v => product.Unit = v);
            }
        }

        var objections = shipped.Objections.OrderBy(o => o.SortOrder).ToList();
        for (var i = 0; i < seed.Objections.Count; i++)
        {
            var o = seed.Objections[i];
            if (i >= objections.Count)
            {
                shipped.Objections.Add(new ScenarioObjection { Objection = o.Objection, Type = o.Type, Technique = o.Technique, Answer = o.Answer, SortOrder = i });
                changed = true;
                continue;
            }
            var line = objections[i];
            Set(line.Objection, o.Objection, v => line.Objection = v);
            Set(line.Type, o.Type, v => line.Type = v);
            Set(line.Technique, o.Technique, v => line.Technique = v);
            Set(line.Answer, o.Answer, v => line.Answer = v);
            if (line.SortOrder != i)
            {
                line.SortOrder = i;
                changed = true;
            }
        }
        foreach (var extra in objections.Skip(seed.Objections.Count))
        {
            shipped.Objections.Remove(extra);
            changed = true;
        }
        return changed;
    }
}
