using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

/// <summary>A call's day is its day in Paris, whatever the time of year: the reports count calls per day with it.</summary>
public sealed class CallLogTests
{
    [Theory]
    [InlineData("2026-11-23T23:30:00Z", "2026-11-24")]   // winter, UTC+1: 00:30 in Paris
    [InlineData("2026-11-23T22:59:00Z", "2026-11-23")]   // 23:59 in Paris
    [InlineData("2026-06-30T22:15:00Z", "2026-07-01")]   // summer, UTC+2: 00:15 in Paris
    [InlineData("2026-06-30T21:45:00Z", "2026-06-30")]
    public void CalledOn_IsTheDayInParis(string utc, string day)
    {
        var call = new CallLog { CalledAtUtc = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal) };

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), call.CalledOn);
    }
}
