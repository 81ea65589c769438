using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

public sealed class JobTitlesTests
{
    [Theory]
    [InlineData("Gérant", Civility.Madame, "Gérante")]
    [InlineData("Gérante", Civility.Monsieur, "Gérant")]
    [InlineData("Assistante de direction", Civility.Monsieur, "Assistant de direction")]
    [InlineData("Assistant de direction", Civility.Madame, "Assistante de direction")]
    [InlineData("Responsable administratif", Civility.Madame, "Responsable administrative")]
    [InlineData("Chef de cuisine", Civility.Madame, "Cheffe de cuisine")]
    [InlineData("Second de cuisine", Civility.Madame, "Seconde de cuisine")]
    [InlineData("Directeur commercial", Civility.Madame, "Directrice commerciale")]
    [InlineData("Directrice générale adjointe", Civility.Monsieur, "Directeur général adjoint")]
    [InlineData("GÉRANT", Civility.Madame, "GÉRANTE")]
    public void For_AgreesTheTitleWithTheCivilite(string title, Civility civility, string expected) =>
        Assert.Equal(expected, JobTitles.For(title, civility));

    [Theory]
    [InlineData("Comptable", Civility.Madame)]
    [InlineData("Responsable du service commercial", Civility.Madame)]
    [InlineData("Propriétaire", Civility.Monsieur)]
    [InlineData("", Civility.Madame)]
    public void For_KeepsWordsThatDoNotChange_AndNounsAfterAPreposition(string title, Civility civility) =>
        Assert.Equal(title, JobTitles.For(title, civility));

    [Fact]
    public void For_WithoutCivilite_KeepsTheTitleAsTyped() =>
        Assert.Equal("Gérant", JobTitles.For("Gérant", null));

    [Fact]
    public void ContactTitle_ReadsRight_WhateverFormWasStored() =>
        Assert.Equal("Gérante", new Contact { Civility = Civility.Madame, JobTitle = "Gérant" }.Title);
}
