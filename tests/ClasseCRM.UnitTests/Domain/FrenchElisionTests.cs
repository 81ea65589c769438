using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

public sealed class FrenchElisionTests
{
    [Theory]
    [InlineData("Centre dentaire de Argentré-du-Plessis", "Centre dentaire d'Argentré-du-Plessis")]
    [InlineData("Auberge de Iffendic", "Auberge d'Iffendic")]
    [InlineData("Le Relais de Rennes", "Le Relais de Rennes")]
    [InlineData("Hôtel du Centre de Hédé-Bazouges", "Hôtel du Centre de Hédé-Bazouges")]
    [InlineData("Chemin de la gare", "Chemin de la gare")]
    public void Apply_ElidesDeBeforeANameStartingWithAVowel(string text, string expected) =>
        Assert.Equal(expected, FrenchElision.Apply(text));

    [Fact]
    public void De_BeforeAName() => Assert.Equal(("d'Agence Dumont", "de Bureau Ouest"), (FrenchElision.De("Agence Dumont"), FrenchElision.De("Bureau Ouest")));
}
