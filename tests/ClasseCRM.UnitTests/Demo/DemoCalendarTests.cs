using ClasseCRM.Web.Demo;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Demo;

public sealed class DemoCalendarTests
{
    private static DateTime Paris(int year, int month, int day, int hour, int minute) => ParisTime.ToUtc(new DateTime(year, month, day, hour, minute, 0));

    [Fact]
    public void WorkingDay_SeededOnASundayNight_CountsMondayToFriday_SkipsHolidays()
    {
        var calendar = new DemoCalendar(Paris(2026, 11, 29, 2, 0));   // Sunday

        Assert.Equal(new DateOnly(2026, 11, 27), calendar.WorkingDay(0));    // Friday before
        Assert.Equal(new DateOnly(2026, 11, 27), calendar.WorkingDay(-1));
        Assert.Equal(new DateOnly(2026, 11, 30), calendar.WorkingDay(1));    // Monday
        Assert.Equal(new DateOnly(2026, 11, 10), calendar.WorkingDay(-13));  // 11/11 is a public holiday
    }

    [Theory]
    [InlineData(2026, 11, 24, 9, 0, true)]
    [InlineData(2026, 11, 24, 12, 0, true)]
    [InlineData(2026, 11, 24, 12, 30, false)]
    [InlineData(2026, 11, 24, 18, 0, true)]
    [InlineData(2026, 11, 24, 3, 27, false)]
    [InlineData(2026, 11, 28, 10, 0, false)]   // Saturday
    [InlineData(2026, 11, 11, 10, 0, false)]   // Armistice
    public void IsWorkingTime_ParisHours(int y, int m, int d, int h, int min, bool expected) =>
        Assert.Equal(expected, DemoCalendar.IsWorkingTime(Paris(y, m, d, h, min)));

    [Fact]
    public void WorkingMorningNear_KeepsLateLate_AndUpcomingUpcoming()
    {
        var now = Paris(2026, 11, 29, 2, 0);   // Sunday 02:00
        var calendar = new DemoCalendar(now);

        Assert.Equal(Paris(2026, 11, 27, 9, 0), calendar.WorkingMorningNear(Paris(2026, 11, 28, 9, 0)));    // Saturday, past → Friday
        Assert.Equal(Paris(2026, 11, 30, 9, 0), calendar.WorkingMorningNear(Paris(2026, 11, 29, 9, 0)));    // Sunday, to come → Monday
        Assert.Equal(Paris(2026, 12, 1, 9, 0), calendar.WorkingMorningNear(Paris(2026, 11, 30, 19, 0)));    // Monday evening → Tuesday
        Assert.Equal(Paris(2026, 11, 25, 9, 0), calendar.WorkingMorningNear(Paris(2026, 11, 26, 7, 30)));   // before 09:00, past → the working morning before
        Assert.Equal(Paris(2026, 11, 30, 14, 15), calendar.WorkingMorningNear(Paris(2026, 11, 30, 14, 15)));
    }
}
