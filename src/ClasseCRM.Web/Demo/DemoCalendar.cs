using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// When the demo's events happen: a sales rep calls, visits and meets on working days (Monday to Friday, public holidays
/// excepted) in working hours in Paris (09:00–12:00, 14:00–18:00). Events are counted in working days from the moment
/// of seeding, in the past or the future as the story needs, so the demo reads the same whether it is seeded on a
/// Tuesday morning or at 02:00 on a Sunday.
/// </summary>
public sealed class DemoCalendar(DateTime nowUtc)
{
    public static readonly TimeOnly MorningStart = new(9, 0);
    public static readonly TimeOnly MorningEnd = new(12, 0);
    public static readonly TimeOnly AfternoonStart = new(14, 0);
    public static readonly TimeOnly AfternoonEnd = new(18, 0);

    /// <summary>Times of day a call or a message goes, all within working hours.</summary>
    private static readonly TimeOnly[] Slots = [new(9, 10), new(10, 5), new(11, 20), new(14, 15), new(15, 30), new(16, 40), new(9, 45), new(10, 50), new(17, 15)];

    public DateTime NowUtc => nowUtc;

    /// <summary>The day of seeding, in Paris (a weekend day possibly).</summary>
    public DateOnly Today => ParisTime.Day(nowUtc);

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FrenchPublicHolidays.IsHoliday(day);

    /// <summary>Whether a UTC instant is on a working day in working hours, in Paris (an end of period included: 12:00, 18:00).</summary>
    public static bool IsWorkingTime(DateTime utc)
    {
        var paris = ParisTime.FromUtc(utc);
        var time = TimeOnly.FromDateTime(paris);
        return IsWorkingDay(DateOnly.FromDateTime(paris))
            && (time >= MorningStart && time <= MorningEnd || time >= AfternoonStart && time <= AfternoonEnd);
    }

    /// <summary>
    /// The working day <paramref name="offset"/> working days away from today: −1 is the last working day before today,
    /// 1 the next one after it; 0 is today when it is a working day, else the last one before.
    /// </summary>
    public DateOnly WorkingDay(int offset)
    {
        var day = Today;
        if (offset == 0)
        {
            return IsWorkingDay(day) ? day : Before(day);
        }
        for (var i = 0; i < Math.Abs(offset); i++)
        {
            day = offset < 0 ? Before(day) : After(day);
        }
        return day;
    }

    /// <summary>The last working day strictly before <paramref name="day"/>.</summary>
    public static DateOnly Before(DateOnly day)
    {
        do
        {
            day = day.AddDays(-1);
        }
        while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    public static DateOnly After(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>That working day, or the last one before it.</summary>
    public static DateOnly OnOrBefore(DateOnly day) => IsWorkingDay(day) ? day : Before(day);

    /// <summary>That working day, or the first one after it.</summary>
    public static DateOnly OnOrAfter(DateOnly day) => IsWorkingDay(day) ? day : After(day);

    /// <summary>The Paris wall-clock time on that day, in UTC.</summary>
    public static DateTime At(DateOnly day, int hour, int minute) => ParisTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)));

    /// <summary>One of the working-hours slots of that day (the index is taken modulo their number), in UTC.</summary>
    public static DateTime Slot(DateOnly day, int index) => ParisTime.ToUtc(day.ToDateTime(Slots[index % Slots.Length]));

    /// <summary>
    /// A due time outside working hours moved to 09:00 on a working day, on the same side of the moment of seeding: a due
    /// time already past goes back to the last working morning before it, a future one forward to the next working
    /// morning after it (a late reminder stays late, an upcoming one stays upcoming).
    /// </summary>
    public DateTime WorkingMorningNear(DateTime dueUtc)
    {
        if (IsWorkingTime(dueUtc))
        {
            return dueUtc;
        }
        var day = ParisTime.Day(dueUtc);
        if (dueUtc <= nowUtc)
        {
            var back = ParisTime.ToUtc(OnOrBefore(day).ToDateTime(MorningStart));
            return back <= dueUtc && back <= nowUtc ? back : ParisTime.ToUtc(Before(day).ToDateTime(MorningStart));
        }
        var forward = ParisTime.ToUtc(OnOrAfter(day).ToDateTime(MorningStart));
        return forward > dueUtc ? forward : ParisTime.ToUtc(After(day).ToDateTime(MorningStart));
    }
}
