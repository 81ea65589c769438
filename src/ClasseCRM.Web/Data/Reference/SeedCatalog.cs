using System.Globalization;
using System.Text.Json;
using ClasseCRM.Web.Infrastructure.Csv;
using ClasseCRM.Web.Infrastructure.Hosting;

namespace ClasseCRM.Web.Data.Reference;

/// <summary>The reference data shipped in seeds/: scenarios, communes, NAF. Read once, lazily, then kept.</summary>
public sealed class SeedCatalog(StoragePaths paths)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly Lazy<IReadOnlyList<ScenarioSeed>> _scenarios = new(() => LoadScenarios(paths.SeedsDirectory));
    private readonly Lazy<IReadOnlyList<Commune>> _communes = new(() => LoadCommunes(paths.SeedsDirectory));
    private readonly Lazy<NafCatalog> _naf = new(() => LoadNaf(paths.SeedsDirectory));
    private readonly Lazy<Domain.Syntheses.Rubric> _rubric = new(() => JsonSerializer.Deserialize<Domain.Syntheses.Rubric>(
        File.ReadAllText(Path.Combine(paths.SeedsDirectory, "rubric-u2-u3.json")), Json) ?? throw new InvalidDataException("seeds/rubric-u2-u3.json illisible"));

    /// <summary>The assessment rubric of the synthesis (U21, U22, U31, U32).</summary>
    public Domain.Syntheses.Rubric Rubric => _rubric.Value;

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
                ?? throw new InvalidDataException($"Scénario illisible : {file}"))
            .ToList();
    }

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
