using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.UnitTests.Domain.Contacting;

public sealed class AllowedMailDomainsTests
{
    [Fact]
    public void Parse_OnePerLine_IgnoresBlanksSpacesCaseAndAt()
    {
        var patterns = AllowedMailDomains.Parse(["exemple.fr\r\n\r\n  *.AC-Rennes.fr ", "@Partenaire.com", null, "exemple.fr"]);

        Assert.Equal(["exemple.fr", "*.ac-rennes.fr", "partenaire.com"], patterns);
    }

    [Theory]
    [InlineData("achats@exemple.fr", true)]
    [InlineData("Achats@EXEMPLE.fr", true)]
    [InlineData("achats@sous.exemple.fr", false)]
    [InlineData("achats@exemple.fr.pirate.com", false)]
    [InlineData("achats@autreexemple.fr", false)]
    [InlineData("prof@lycee.ac-rennes.fr", true)]
    [InlineData("prof@a.b.ac-rennes.fr", true)]
    [InlineData("prof@ac-rennes.fr", false)]
    [InlineData("prof@faux-ac-rennes.fr", false)]
    [InlineData("sans-arobase", false)]
    [InlineData("vide@", false)]
    public void Allows_ExactDomainsAndSubDomainsOfWildcards(string address, bool expected) =>
        Assert.Equal(expected, AllowedMailDomains.Allows(["exemple.fr", "*.ac-rennes.fr"], address));

    [Fact]
    public void Allows_EmptyList_AllowsNothing() =>
        Assert.False(AllowedMailDomains.Allows([], "achats@exemple.fr"));
}
