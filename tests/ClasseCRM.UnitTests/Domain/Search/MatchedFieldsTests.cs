using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Search;

namespace ClasseCRM.UnitTests.Domain.Search;

public sealed class MatchedFieldsTests
{
    private static readonly ProspectSearchFields Fiche = new(
        1, ProspectKind.Organisation, "Fabre & Associés", "Ploufragan", "22440", "accueil@cabinet-fb.fr", "02 96 11 22 33", null,
        "Intéressé par la gamme bureautique",
        [new ContactSearchFields("Marie", "Le Roux", "mlr@cabinet-fb.fr", "06 12 34 56 78")]);

    [Theory]
    [InlineData("fabre et associes", "entreprise")]
    [InlineData("Leroux", "contact Marie Le Roux")]
    [InlineData("le-roux", "contact Marie Le Roux")]
    [InlineData("ploufragan", "ville")]
    [InlineData("22440", "code postal")]
    [InlineData("06 12 34", "téléphone")]
    [InlineData("bureautique", "note")]
    public void Of_NamesTheFieldThatMatched(string query, string expected)
    {
        Assert.Equal([expected], MatchedFields.Of(Fiche, query));
    }

    [Fact]
    public void Of_SeveralWords_EachField_Once_InTheFichesOrder()
    {
        Assert.Equal(["entreprise", "ville"], MatchedFields.Of(Fiche, "ploufragan fabre"));
        Assert.Equal(["contact Marie Le Roux", "e-mail"], MatchedFields.Of(Fiche, "marie cabinet"));
    }

    [Fact]
    public void Of_IndividualsName_IsNom_NoQuery_IsNothing()
    {
        var individual = Fiche with { Kind = ProspectKind.Individual, Name = "Deschamps Hélène", Contacts = [] };
        Assert.Equal(["nom"], MatchedFields.Of(individual, "HELENE"));
        Assert.Empty(MatchedFields.Of(individual, "  "));
    }

    [Theory]
    [InlineData("mariel")] // runs into « Le » across the contact's first and last names: no word starts so
    [InlineData("roux22")] // the town's postal code follows the name in no field
    [InlineData("gammebureau")] // two words of the note joined: the note is not a name
    public void Of_LettersThatOnlyRunAcrossWords_MatchNothing(string query)
    {
        Assert.Empty(MatchedFields.Of(Fiche, query));
    }
}
