using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.UnitTests.Domain;

// typo-fix: keep-file (these texts show the rule before and after)

public sealed class FrenchTypographyTests
{
    private const string Nbsp = "\u00A0";
    private const string Narrow = "\u202F";

    [Theory]
    [InlineData("Objet : relance", "Objet" + Nbsp + ": relance")]
    [InlineData("Continuer ?", "Continuer" + Narrow + "?")]
    [InlineData("Attention ! Bien ; ensuite", "Attention" + Narrow + "! Bien" + Narrow + "; ensuite")]
    [InlineData("12,5 % de remise", "12,5" + Narrow + "% de remise")]
    [InlineData("12% de remise", "12" + Narrow + "% de remise")]
    [InlineData("40 € d'indemnité", "40" + Nbsp + "€ d'indemnité")]
    [InlineData("le mot « rebond »", "le mot «" + Nbsp + "rebond" + Nbsp + "»")]
    [InlineData("le mot «rebond»", "le mot «" + Nbsp + "rebond" + Nbsp + "»")]
    public void Apply_PutsTheRightNoBreakSpaceBeforeEachSign(string text, string expected) =>
        Assert.Equal(expected, French.Typography(text));

    [Theory]
    [InlineData("RDV à 10:30")]
    [InlineData("https://crm.lycee.example/prospects?page=2")]
    [InlineData("a != b")]
    [InlineData(": au début de la ligne")]
    [InlineData("")]
    public void Apply_LeavesGluedSignsAndLineStartsAlone(string text) =>
        Assert.Equal(text, French.Typography(text));

    [Fact]
    public void Apply_IsIdempotent_AndReplacesAWrongNoBreakSpace()
    {
        var once = French.Typography("Note : 15 % ; « bien » ?");

        Assert.Equal(once, French.Typography(once));
        Assert.Equal("Taux" + Nbsp + ": 5" + Narrow + "%", French.Typography("Taux" + Narrow + ": 5" + Nbsp + "%"));
    }

    [Theory]
    [InlineData(0, "0 fiche")]
    [InlineData(1, "1 fiche")]
    [InlineData(3, "3 fiches")]
    [InlineData(1234, "1" + Nbsp + "234 fiches")]
    public void Plural_TakesTheSingularFor0And1(int count, string expected) =>
        Assert.Equal(expected, French.Plural(count, "fiche", "fiches"));

    [Fact]
    public void MoneyAndPercent_FollowTheSameRule()
    {
        Assert.EndsWith(Nbsp + "€", French.Money(12m));
        Assert.EndsWith(Narrow + "%", French.Percent(0.125m));
        Assert.EndsWith(Narrow + "%", French.Points(12.5m));
        Assert.Equal(French.Percent(0.5m), FrenchTypography.Apply(French.Percent(0.5m)));
    }
}
