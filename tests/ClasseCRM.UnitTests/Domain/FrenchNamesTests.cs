using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

public sealed class FrenchNamesTests
{
    [Theory]
    [InlineData("Le roux", "Le Roux")]
    [InlineData("Da silva", "Da Silva")]
    [InlineData("d'almeida", "D'Almeida")]
    [InlineData("d’almeida", "D'Almeida")]
    [InlineData("Andre", "André")]
    [InlineData("Lefevre", "Lefèvre")]
    [InlineData("Noel", "Noël")]
    [InlineData("jean-baptiste", "Jean-Baptiste")]
    [InlineData("Florent,", "Florent")]
    [InlineData("Mauricette'", "Mauricette")]
    [InlineData("Jeanne d’Arc", "Jeanne")]
    [InlineData("Dubois", "Dubois")]
    [InlineData("Hélène", "Hélène")]
    public void Proper_FixesCapitalsAccentsAndSlips(string drawn, string written)
    {
        Assert.Equal(written, FrenchNames.LastName(drawn));
        Assert.Equal(written, FrenchNames.FirstName(drawn));
    }
}
