using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.UnitTests.Infrastructure.Formatting;

public sealed class FrenchTests
{
    [Fact]
    public void Money_UsesSpaceGroupsDecimalCommaAndEuro() =>
        Assert.Equal("1\u00A0234,50\u00A0€", French.Money(1234.5m));

    [Fact]
    public void Date_IsShownInParisTime()
    {
        // 31 December 23:30 UTC is already 1 January in Paris (UTC+1 in winter).
        Assert.Equal("01/01/2027", French.Date(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc)));
        // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July (UTC+2).
        Assert.Equal("01/07/2026 00:30", French.Timestamp(new DateTime(2026, 6, 30, 22, 30, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(0.12345, "12,3\u202F%")]
    [InlineData(0.12355, "12,4\u202F%")] // 12,355 → 12,4: half away from zero
    [InlineData(0.055, "5,5\u202F%")]
    [InlineData(1, "100,0\u202F%")]
    public void Percent_RoundsToOneDecimalHalfAwayFromZero(double rate, string expected) =>
        Assert.Equal(expected, French.Percent((decimal)rate));
}
