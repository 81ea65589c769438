using System.Text.Json;

namespace ClasseCRM.UnitTests.Data.Reference;

/// <summary>The rubric shipped in seeds/ covers the four units with the four levels the teachers use.</summary>
public sealed class RubricSeedTests
{
    private static JsonElement Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "seeds", "rubric-u2-u3.json")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(dir!.FullName, "seeds", "rubric-u2-u3.json"))).RootElement;
    }

    [Fact]
    public void Rubric_HasTheFourUnits_TheFourLevels_AndTheU22WrittenCriteria()
    {
        var rubric = Load();

        Assert.Equal(["non acquis", "en cours d'acquisition", "acquis", "maîtrisé"], rubric.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        var units = rubric.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("criteria").EnumerateArray().Select(c => c.GetString()!).ToList());
        Assert.Equal(["U21", "U22", "U31", "U32"], units.Keys);
        Assert.Contains("Exactitude des résultats", units["U22"]);
        Assert.Contains("Produire une synthèse écrite", units["U22"]);
        Assert.All(units.Values, criteria => Assert.True(criteria.Count >= 4));
        Assert.Equal(20, rubric.GetProperty("markOutOf").GetInt32());
    }
}
