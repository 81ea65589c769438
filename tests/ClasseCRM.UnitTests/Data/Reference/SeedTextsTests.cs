using System.Text.Json;
using System.Text.RegularExpressions;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Data.Reference;

/// <summary>
/// The texts shipped in seeds/ (scenarios: scripts, argumentaires, objection answers, offers, payment terms; référentiels,
/// the NAF labels, the legacy rubric) follow the app's typography rule (<see cref="FrenchTypography.Apply"/>: the right
/// no-break space before : ; ? ! % € and inside « »), and carry none of the slips a teacher would circle: « (s) », a
/// double space, « et ou ». Codes, keys, e-mail addresses and numbers are not texts.
/// </summary>
public sealed partial class SeedTextsTests
{
    private static readonly HashSet<string> NotText = new(StringComparer.Ordinal)
    {
        "key", "code", "siren", "siret", "email", "phone", "nafCode", "postalCode", "reference", "role", "market", "competency", "checkedOn",
    };

    [GeneratedRegex(@"\(s\)|\S  +\S|\bet ou\b|(?<=\S) [:;?!](?=\s|$)")]
    private static partial Regex Slip();

    public static TheoryData<string> Files()
    {
        var seeds = SeedsFolder();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(seeds, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(seeds, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryText_FollowsTheTypographyRule_WithoutSlips(string file)
    {
        var texts = Texts(JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedsFolder(), file))).RootElement, "").ToList();
        var breaches = texts.Where(t => FrenchTypography.Apply(t.Text) != t.Text || Slip().IsMatch(t.Text))
            .Select(t => $"{t.Path} : « {t.Text} »").ToList();

        Assert.NotEmpty(texts);
        Assert.True(breaches.Count == 0, $"{file} :\n" + string.Join('\n', breaches));
    }

    [Fact]
    public void ShippedScenarios_EveryTextTheAppShowsIsRead()
    {
        var scenarios = Directory.EnumerateFiles(Path.Combine(SeedsFolder(), "scenarios"), "*.json").ToList();
        var paths = scenarios.SelectMany(f => Texts(JsonDocument.Parse(File.ReadAllText(f)).RootElement, "")).Select(t => t.Path).ToHashSet();

        Assert.Equal(3, scenarios.Count);
        Assert.Contains("salesPitch", paths);
        Assert.Contains("offer", paths);
        Assert.Contains("company.legalForm", paths);
        Assert.Contains("negotiation.paymentTerms[]", paths);
        Assert.Contains("objections[].answer", paths);
        Assert.Contains("objections[].objection", paths);
        Assert.Contains("products[].designation", paths);
    }

    /// <summary>Every string value with its path (« objections[].answer »), except the values of code-like keys.</summary>
    private static IEnumerable<(string Path, string Text)> Texts(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => !NotText.Contains(p.Name)))
                {
                    foreach (var text in Texts(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name))
                    {
                        yield return text;
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var text in element.EnumerateArray().SelectMany(e => Texts(e, path + "[]")))
                {
                    yield return text;
                }
                break;
            case JsonValueKind.String:
                yield return (path, element.GetString()!);
                break;
        }
    }

    private static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds", "scenarios")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }
        throw new InvalidOperationException("seeds/ introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
