using System.Text.RegularExpressions;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Scenarios;

/// <summary>
/// The names of a generated practice file are written as the French write them (<see cref="FrenchNames"/>): « Le Roux »,
/// « Da Silva », « André », « Lefèvre », never « Le roux » or « Andre », and no stray comma or apostrophe — checked on
/// files of several thousand fiches, organisations (contacts, names built from patterns) and individuals.
/// </summary>
public sealed partial class GeneratedNamesTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>Each part starts with a capital (after a space, a hyphen or an apostrophe); letters only inside.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:['\- ]\p{Lu}\p{Ll}*)*$")]
    private static partial Regex ProperName();

    private static readonly string[] Unaccented = ["Andre", "Lefevre", "Francois", "Guerin", "Clement", "Gerard", "Noel", "Riviere", "Menard", "Prevost", "Abigaelle"];

    [Theory]
    [InlineData("bureau-ouest")]
    [InlineData("habitat-confort")]
    public async Task GeneratedFile_OfThousandsOfFiches_NamesKeepTheirCapitalsAndAccents(string key)
    {
        var scenario = await app.WithDbAsync(db => db.Scenarios.AsNoTracking().FirstAsync(s => s.SourceKey == key && s.OwnerId == null));
        scenario.ProspectCount = 4000;
        List<Prospect> file = [];
        await app.RunAsync<ProspectFileGenerator>(g =>
        {
            file = g.Generate(scenario, 1, 2026);
            return Task.CompletedTask;
        });
        var people = file.SelectMany(p => p.Contacts).ToList();
        var firstNames = people.Select(c => c.FirstName).Distinct().ToList();
        var lastNames = people.Select(c => c.LastName).Distinct().ToList();

        Assert.Equal(4000, file.Count);
        Assert.True(lastNames.Count > 100, $"{lastNames.Count} noms");
        Assert.All(firstNames.Concat(lastNames), name => Assert.Matches(ProperName(), name));
        Assert.Contains("Le Roux", lastNames);
        Assert.Contains("Da Silva", lastNames);
        Assert.Contains("André", lastNames);
        Assert.Contains("Lefèvre", lastNames);
        Assert.DoesNotContain(lastNames.Concat(firstNames), n => Unaccented.Contains(n));
        if (scenario.Market == Market.Business)
        {
            Assert.DoesNotContain(file, p => Regex.IsMatch(p.Name, @"\bLe roux\b|\bDa silva\b|\bLe gall\b|\bAndre\b"));
            Assert.Contains(file, p => p.Name.Contains("Le Roux", StringComparison.Ordinal));
        }
        else
        {
            Assert.All(file, p => Assert.Equal($"{p.Contacts[0].LastName} {p.Contacts[0].FirstName}", p.Name));
        }
    }
}
