using System.Globalization;
using System.Text.Json;
using ClasseCRM.Web.Infrastructure.Csv;
using ClasseCRM.Web.Infrastructure.Hosting;

namespace ClasseCRM.Web.Data.Reference;

/// <summary>The reference data shipped in seeds/: scenarios, communes, NAF, référentiels. Read once, lazily, then kept.</summary>
public sealed class SeedCatalog(StoragePaths paths)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly Lazy<IReadOnlyList<ScenarioSeed>> _scenarios = new(() => LoadScenarios(paths.SeedsDirectory));
    private readonly Lazy<IReadOnlyList<Commune>> _communes = new(() => LoadCommunes(paths.SeedsDirectory));
    private readonly Lazy<NafCatalog> _naf = new(() => LoadNaf(paths.SeedsDirectory));
    private readonly Lazy<Domain.Syntheses.Rubric> _rubric = new(() => JsonSerializer.Deserialize<Domain.Syntheses.Rubric>(
        File.ReadAllText(Path.Combine(paths.SeedsDirectory, "rubric-u2-u3.json")), Json) ?? throw new InvalidDataException("seeds/rubric-u2-u3.json illisible"));

    private readonly Lazy<IReadOnlyList<Referentiel>> _referentiels = new(() => LoadReferentiels(paths.SeedsDirectory));

    /// <summary>
    /// The 25-criterion rubric shipped before the référentiels (U21, U22, U31, U32): read only to show an assessment
    /// made with it that kept no copy of its grid.
    /// </summary>
    public Domain.Syntheses.Rubric LegacyRubric => _rubric.Value;

    /// <summary>The diplomas a class can follow (seeds/referentiels), today's first.</summary>
    public IReadOnlyList<Referentiel> Referentiels => _referentiels.Value;

    public bool IsReferentiel(string? key) => Referentiels.Any(r => r.Key == key);

    /// <summary>The référentiel of that key; an unknown key (a row written by a later version) reads as today's diploma.</summary>
    public Referentiel Referentiel(string? key) => Referentiels.FirstOrDefault(r => r.Key == key) ?? Referentiels[0];

    public NafCatalog Naf => _naf.Value;

    public IReadOnlyList<ScenarioSeed> Scenarios => _scenarios.Value;

    public IReadOnlyList<Commune> Communes => _communes.Value;

    public ScenarioSeed? FindScenario(string? key) => Scenarios.FirstOrDefault(s => s.Key == key);

    private static List<ScenarioSeed> LoadScenarios(string seeds)
    {
        var folder = Path.Combine(seeds, "scenarios");
        return Directory.EnumerateFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => JsonSerializer.Deserialize<ScenarioSeed>(File.ReadAllText(file), Json)
                ?? throw new InvalidDataException($"Scénario illisible : {file}"))
            .ToList();
    }

    private static List<Referentiel> LoadReferentiels(string seeds) =>
        Directory.EnumerateFiles(Path.Combine(seeds, "referentiels"), "*.json")
            .Select(file => JsonSerializer.Deserialize<Referentiel>(File.ReadAllText(file), Json) ?? throw new InvalidDataException($"Référentiel illisible : {file}"))
            .OrderBy(r => r.Key == Domain.SchoolClass.DefaultReferentiel ? 0 : 1).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    private static NafCatalog LoadNaf(string seeds)
    {
        var seed = JsonSerializer.Deserialize<NafSeed>(File.ReadAllText(Path.Combine(seeds, "naf.json")), Json)
            ?? throw new InvalidDataException("seeds/naf.json illisible");
        return new NafCatalog(seed.Sections, seed.Classes);
    }

    private static List<Commune> LoadCommunes(string seeds)
    {
        return CsvReader.Read(File.ReadAllBytes(Path.Combine(seeds, "communes.csv")))
            .Skip(1)
            .Select(r => new Commune(r[0], r[1], r[2], r[3], int.Parse(r[4], CultureInfo.InvariantCulture),
                double.Parse(r[5], CultureInfo.InvariantCulture), double.Parse(r[6], CultureInfo.InvariantCulture), r[7] != "commune"))
            .ToList();
    }
}
