using ClasseCRM.Web.Infrastructure.Binding;

namespace ClasseCRM.UnitTests.Infrastructure.Binding;

public sealed class FlexibleDecimalModelBinderTests
{
    [Theory]
    [InlineData("1490,50", 1490.50)]
    [InlineData("1490.50", 1490.50)]
    [InlineData("1 490,50", 1490.50)]
    [InlineData("1\u00A0490,5 €", 1490.5)]
    [InlineData("1.490,50", 1490.50)]
    [InlineData("-3,2", -3.2)]
    [InlineData("5,5 %", 5.5)]
    public void TryParse_AcceptsTheWaysPeopleTypeAmounts(string text, double expected)
    {
        Assert.True(FlexibleDecimalModelBinder.TryParse(text, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("douze")]
    [InlineData("12,3,4")]
    [InlineData("1e5")]
    public void TryParse_RefusesWhatIsNotANumber(string text) =>
        Assert.False(FlexibleDecimalModelBinder.TryParse(text, out _));
}
