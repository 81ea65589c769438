using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

public sealed class TextFoldingTests
{
    [Fact]
    public void FrenchNameComparer_AccentsCaseAndLigatures_SortAsAFrenchReaderExpects()
    {
        string[] names = ["zèbre", "Œuvre", "Zoé", "Eclat", "Oeillet", "Éclair", "abricot", "Ébène"];

        var sorted = names.Order(FrenchNameComparer.Instance).ToList();

        Assert.Equal(["abricot", "Ébène", "Éclair", "Eclat", "Oeillet", "Œuvre", "zèbre", "Zoé"], sorted);
    }

    [Fact]
    public void FrenchNameComparer_NamesThatFoldAlike_UnaccentedFirstAndStable()
    {
        Assert.True(FrenchNameComparer.Instance.Compare("Eclair", "Éclair") < 0);
        Assert.Equal(0, FrenchNameComparer.Instance.Compare("Éclair", "Éclair"));
        Assert.True(FrenchNameComparer.Instance.Compare("Émile", "emma") < 0);
    }

    [Theory]
    [InlineData("Anaïs", "anais")]
    [InlineData("Bœuf", "boeuf")]
    [InlineData("Lætitia", "laetitia")]
    [InlineData("Strauß", "strauss")]
    [InlineData("Søren", "soren")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("N'Diaye", "n-diaye")]
    [InlineData("  Da  Silva ", "da-silva")]
    [InlineData("ŒUVRE", "oeuvre")]
    public void Slug_SpellsOutLettersWithoutAnAsciiForm(string name, string expected) =>
        Assert.Equal(expected, TextFolding.Slug(name));
}
