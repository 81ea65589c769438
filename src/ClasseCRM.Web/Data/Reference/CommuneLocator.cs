using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Field;

namespace ClasseCRM.Web.Data.Reference;

/// <summary>
/// Finds where a town is from the communes shipped in seeds/ (name and postal code, then name in the département, then
/// postal code alone), for the plan de tournée. Null when the town is not in the list.
/// </summary>
public sealed class CommuneLocator(SeedCatalog seeds)
{
    private readonly Lazy<Index> _index = new(() => new Index(seeds.Communes));

    public GeoPoint? Locate(string? postalCode, string? city)
    {
        var index = _index.Value;
        var name = TextFolding.Fold(city?.Replace('-', ' '));
        var code = postalCode?.Trim() ?? "";
        if (index.ByCodeAndName.TryGetValue((code, name), out var exact))
        {
            return exact;
        }
        if (code.Length >= 2 && index.ByDepartmentAndName.TryGetValue((PostalCodes.Department(code), name), out var inDepartment))
        {
            return inDepartment;
        }
        return index.ByCode.TryGetValue(code, out var byCode) ? byCode : null;
    }

    private sealed class Index
    {
        public Dictionary<(string, string), GeoPoint> ByCodeAndName { get; } = [];
        public Dictionary<(string, string), GeoPoint> ByDepartmentAndName { get; } = [];
        public Dictionary<string, GeoPoint> ByCode { get; } = [];

        public Index(IEnumerable<Commune> communes)
        {
            foreach (var c in communes.OrderByDescending(c => c.Population))
            {
                var point = new GeoPoint(c.Latitude, c.Longitude);
                var name = TextFolding.Fold(c.Name.Replace('-', ' '));
                ByCodeAndName.TryAdd((c.PostalCode, name), point);
                ByDepartmentAndName.TryAdd((c.Department, name), point);
                ByCode.TryAdd(c.PostalCode, point);
            }
        }
    }
}
