using System.Text.Json;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Data.Reference;

/// <summary>Every shipped scenario can invoice: a SIRET that passes Luhn and starts with its SIREN.</summary>
public sealed class ScenarioSeedTests
{
    public static TheoryData<string> Files()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds", "scenarios")))
        {
            dir = dir.Parent;
        }
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dir!.FullName, "seeds", "scenarios"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_HasAValidSiretBuiltOnItsSiren(string file)
    {
        var company = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("company");
        var siren = company.GetProperty("siren").GetString();
        var siret = company.GetProperty("siret").GetString();

        Assert.True(Identifiers.IsValidSiren(siren), siren);
        Assert.True(Identifiers.IsValidSiret(siret), siret);
        Assert.StartsWith(siren!, siret, StringComparison.Ordinal);
    }
}
