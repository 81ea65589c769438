using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("732829320", true)]   // a real-format SIREN passing Luhn
    [InlineData("732829321", false)]  // last digit changed
    [InlineData("356000000", true)]   // La Poste: accepted as is
    [InlineData("12345678", false)]   // 8 digits
    [InlineData("73282932A", false)]  // not digits
    public void IsValidSiren_ChecksLengthDigitsAndLuhn(string siren, bool expected) =>
        Assert.Equal(expected, Identifiers.IsValidSiren(siren));

    [Theory]
    [InlineData("73282932000074", true)]
    [InlineData("73282932000075", false)]
    [InlineData("7328293200007", false)]
    public void IsValidSiret_ChecksLuhn(string siret, bool expected) =>
        Assert.Equal(expected, Identifiers.IsValidSiret(siret));

    [Fact]
    public void IsValidSiret_LaPoste_UsesDigitSumRule()
    {
        // 3+5+6 + 0… + 1+4 = 19 → not a multiple of 5; 3+5+6 + 1+5 = 20 → valid.
        Assert.True(Identifiers.IsValidSiret("35600000000015"));
        Assert.False(Identifiers.IsValidSiret("35600000000014"));
        Assert.False(Identifiers.PassesLuhn("35600000000015"));
    }

    [Fact]
    public void VatNumberFromSiren_ComputesKeyByHand()
    {
        // SIREN 404833048: 404833048 mod 97 = 56; key = (12 + 3 × 56) mod 97 = 180 mod 97 = 83.
        Assert.Equal(56, 404833048L % 97);
        Assert.Equal("FR83404833048", Identifiers.VatNumberFromSiren("404833048"));
        Assert.Null(Identifiers.VatNumberFromSiren("404833049"));
    }

    [Fact]
    public void CompleteWithLuhnDigit_GivesANumberThatPasses()
    {
        var siren = Identifiers.CompleteWithLuhnDigit("81234567");
        Assert.Equal("812345676", siren);
        Assert.True(Identifiers.IsValidSiren(siren));
        Assert.True(Identifiers.IsValidSiret(Identifiers.CompleteWithLuhnDigit(siren + "0001")));
    }
}
