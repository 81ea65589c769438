namespace ClasseCRM.Web.Domain.Reminders;

/// <summary>
/// When the rules' reminders fall due, in Europe/Paris: a reminder about a day comes at 09:00 that day (the start of a
/// working day), whatever the season; "the day before" an appointment is 24 hours before it; the daily digest goes at
/// 07:30. Conversions go through the Paris time zone, so daylight-saving changes and month ends come out right.
/// </summary>
public static class ReminderTimes
{
    public static readonly TimeOnly MorningTime = new(9, 0);
    public static readonly TimeOnly DigestTime = new(7, 30);

    /// <summary>09:00 in Paris on that day, in UTC.</summary>
    public static DateTime MorningOf(DateOnly day) => ParisTime.ToUtc(day.ToDateTime(MorningTime));


    /// <summary>The next 07:30 in Paris strictly after <paramref name="afterUtc"/>, in UTC (06:30 UTC in winter, 05:30 in summer).</summary>
    public static DateTime NextDigestUtc(DateTime afterUtc)
    {
        var day = ParisTime.Day(afterUtc);
        var candidate = ParisTime.ToUtc(day.ToDateTime(DigestTime));
        return candidate > afterUtc ? candidate : ParisTime.ToUtc(day.AddDays(1).ToDateTime(DigestTime));
    }
}
