using System.Text.Json;
using ClasseCRM.Web.Data.Reference;

namespace ClasseCRM.UnitTests.Data.Reference;

/// <summary>
/// The two référentiels shipped in seeds/referentiels: today's Bac Pro MCV option B and the 2002 Bac Pro Vente, each
/// with its source and date, blocs or units, competencies, épreuves, the document handed in and written criteria.
/// </summary>
public sealed class ReferentielSeedTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static Referentiel Load(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds", "referentiels")))
        {
            dir = dir.Parent;
        }
        var path = Path.Combine(dir!.FullName, "seeds", "referentiels", file);
        return JsonSerializer.Deserialize<Referentiel>(File.ReadAllText(path), Json)!;
    }

    [Fact]
    public void McvOptionB_HasItsFourBlocs_TheE2WrittenExam_AndTheCompteRendu()
    {
        var r = Load("mcv-option-b.json");

        Assert.Equal("mcv-b", r.Key);
        Assert.Equal("Bac Pro MCV option B", r.ShortName);
        Assert.Equal(["1", "2", "3", "4B"], r.Blocs.Select(b => b.Code));
        Assert.Equal(["U31", "U32", "U33", "U2"], r.Blocs.Select(b => b.Unit));
        var b4 = r.Blocs.Single(b => b.Code == "4B");
        Assert.Equal("Prospecter et valoriser l'offre commerciale", b4.Name);
        Assert.Equal(("E2", "Analyse et résolution de situations professionnelles"), (b4.Exam.Code, b4.Exam.Name));
        Assert.Equal("Compte rendu d'opération de prospection — bloc 4B — entraînement à l'épreuve E2", r.Document.FullTitle);
        Assert.Contains(r.Competencies, c => c is { Label: "Réaliser la vente dans un cadre omnicanal", Verified: true });
        Assert.All(b4.Competencies, c => Assert.False(c.Verified));
    }

    [Fact]
    public void BacProVente2002_HasUnitsU21ToU32_AndTheU22Synthesis()
    {
        var r = Load("bac-pro-vente-2002.json");

        Assert.Equal("vente-2002", r.Key);
        Assert.Equal(["U21", "U22", "U31", "U32"], r.Blocs.Select(b => b.Unit));
        Assert.Equal("Synthèse écrite — U22 Préparation et suivi de l'activité commerciale", r.Document.FullTitle);
        Assert.Equal(
            ["Organiser une opération de prospection", "Analyser les résultats et rétroagir", "Produire une synthèse écrite",
             "Analyser les résultats du suivi et de la fidélisation de sa clientèle", "Effectuer le suivi de son activité et de ses résultats"],
            r.Blocs.Single(b => b.Unit == "U22").Competencies.Select(c => c.Label));
    }

    [Theory]
    [InlineData("mcv-option-b.json")]
    [InlineData("bac-pro-vente-2002.json")]
    public void EachReferentiel_HasASourceAndDate_UniqueKeys_AndWrittenCriteriaTiedToItsCompetencies(string file)
    {
        var r = Load(file);

        Assert.False(string.IsNullOrWhiteSpace(r.Source));
        Assert.Equal(new DateOnly(2026, 11, 29), r.CheckedOn);
        var keys = r.Competencies.Select(c => c.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(["organiser", "exactitude", "analyser", "ecrit", "suivi"], r.WrittenCriteria.Select(c => c.Key));
        Assert.All(r.WrittenCriteria, c => Assert.NotNull(r.FindCompetency(c.Competency)));
        Assert.DoesNotContain(r.WrittenCriteria, c => c.Label.Contains("officiel", StringComparison.OrdinalIgnoreCase));
    }
}
