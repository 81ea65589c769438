using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

public sealed class UaiTests
{
    [Theory]
    [InlineData("0750654D")] // lycée Henri-IV, Paris: 750654 = 23 × 32 637 + 3 → D
    [InlineData("0299990B")]
    [InlineData("0000000A")]
    public void ValidCodes_HaveNoProblem(string code) => Assert.Null(Uai.Problem(code));

    [Fact]
    public void Normalize_TakesOutSpacesAndWritesCapitals() => Assert.Equal("0750654D", Uai.Normalize(" 075 0654 d "));

    [Fact]
    public void CheckLetter_SkipsIOAndQ()
    {
        // Remainders 8, 13 and 15 would be I, O and Q in the plain alphabet: the UAI reads J, P and S.
        Assert.Equal(['J', 'P', 'S'], new[] { "0000008", "0000013", "0000015" }.Select(Uai.CheckLetter));
        Assert.Equal('Z', Uai.CheckLetter("0000022"));
        Assert.Equal('A', Uai.CheckLetter("0000023"));
    }

    [Theory]
    [InlineData("0750654E", "La lettre clé du code UAI « 0750654E » ne correspond pas à ses chiffres (attendu : 0750654D).")]
    [InlineData("750654D", "Le code UAI « 750654D » doit compter 7 chiffres suivis d'une lettre (par exemple 0750654D).")]
    [InlineData("07506541", "Le code UAI « 07506541 » doit compter 7 chiffres suivis d'une lettre (par exemple 0750654D).")]
    [InlineData("O750654D", "Le code UAI « O750654D » doit compter 7 chiffres suivis d'une lettre (par exemple 0750654D).")]
    public void WrongCodes_AreExplainedInFrench(string code, string message) => Assert.Equal(message, Uai.Problem(code));
}
