using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

/// <summary>A NAF criterion is a section letter or a sous-classe in any usual spelling, normalised to the stored form.</summary>
public sealed class NafFilterTests
{
    [Theory]
    [InlineData("69.20Z", NafFilterKind.SubClass, "69.20Z")]
    [InlineData("6920Z", NafFilterKind.SubClass, "69.20Z")]
    [InlineData("69.20z", NafFilterKind.SubClass, "69.20Z")]
    [InlineData(" 69 20 Z ", NafFilterKind.SubClass, "69.20Z")]
    [InlineData("m", NafFilterKind.Section, "M")]
    [InlineData("U", NafFilterKind.Section, "U")]
    [InlineData("", NafFilterKind.None, "")]
    [InlineData("V", NafFilterKind.Invalid, "")]
    [InlineData("69.2Z", NafFilterKind.Invalid, "")]
    [InlineData("comptable", NafFilterKind.Invalid, "")]
    public void Parse_NormalisesOrRefuses(string typed, NafFilterKind kind, string code)
    {
        var filter = NafFilter.Parse(typed);

        Assert.Equal(kind, filter.Kind);
        Assert.Equal(code, filter.Code);
    }

    [Fact]
    public void Invalid_SaysWhatWasTypedInFrench() =>
        Assert.Equal("« 69.2Z » n'est ni une section NAF (une lettre de A à U) ni un code NAF (par exemple 69.20Z).", NafFilter.Parse("69.2Z").InvalidMessage);
}
