using System.Text.RegularExpressions;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Field;

namespace ClasseCRM.Web.Data.Reference;

/// <summary>
/// The communes of seeds/communes.csv by INSEE code and by name: a scenario's home town is typed as « Rennes »,
/// « Rennes (35) » or « 35000 Rennes » and found here, and its secteur is the communes within a radius of it.
/// </summary>
public sealed partial class CommuneDirectory(SeedCatalog seeds)
{
    private readonly Lazy<Dictionary<string, Commune>> _byCode = new(() => seeds.Communes.ToDictionary(c => c.InseeCode, StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, Commune>> _byName = new(() => seeds.Communes.ToLookup(c => Key(c.Name), StringComparer.Ordinal));

    [GeneratedRegex(@"^\s*(?:(?<cp>\d{5})\s+)?(?<name>.*?)\s*(?:\((?<dept>[0-9]{2,3}|2[ABab])\))?\s*(?<cp2>\d{5})?\s*$")]
    private static partial Regex Typed();

    public Commune? Find(string? inseeCode) => inseeCode is not null && _byCode.Value.TryGetValue(inseeCode, out var c) ? c : null;

    /// <summary>How a home town is shown and typed back: « Rennes (35) ».</summary>
    public static string Display(Commune commune) => $"{commune.Name} ({commune.Department})";

    /// <summary>
    /// The commune a typed town names: by its name (accents, case and hyphens ignored), narrowed by a département in
    /// brackets or a postal code when several communes share the name. A French error when none or several match.
    /// </summary>
    public CommuneLookup Resolve(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return new(null, "Indiquez la ville de départ du secteur (une commune de la liste, par exemple « Rennes (35) »).");
        }
        var match = Typed().Match(typed);
        var name = match.Success ? match.Groups["name"].Value : typed;
        var postalCode = match.Success ? (match.Groups["cp"].Success ? match.Groups["cp"].Value : match.Groups["cp2"].Value) : "";
        var department = match.Success && match.Groups["dept"].Success ? match.Groups["dept"].Value.ToUpperInvariant()
            : PostalCodes.IsValid(postalCode) ? PostalCodes.Department(postalCode) : null;
        var found = _byName.Value[Key(name)].Where(c => department is null || c.Department == department).ToList();
        return found.Count switch
        {
            1 => new(found[0], null),
            0 => new(null, $"« {typed.Trim()} » n'est pas dans la liste des communes (communes de 3 000 habitants et plus) : vérifiez l'orthographe ou choisissez une commune voisine plus grande."),
            _ => new(null, $"Plusieurs communes s'appellent {found[0].Name} : précisez le département, par exemple {string.Join(" ou ", found.Select(c => $"« {Display(c)} »"))}."),
        };
    }

    /// <summary>
    /// The communes of the secteur: those within <paramref name="radiusKm"/> of the home town (great-circle distance),
    /// the home town included. Communes placed only at their département's centre are left out (their true place is
    /// unknown), unless the home town is one of them.
    /// </summary>
    public IReadOnlyList<Commune> Within(Commune home, double radiusKm)
    {
        var centre = new GeoPoint(home.Latitude, home.Longitude);
        return seeds.Communes
            .Where(c => c.InseeCode == home.InseeCode || (!c.Approximate && centre.KmTo(new GeoPoint(c.Latitude, c.Longitude)) <= radiusKm))
            .ToList();
    }

    private static string Key(string name) => TextFolding.Fold(name.Replace('-', ' ').Replace('’', '\''));
}
