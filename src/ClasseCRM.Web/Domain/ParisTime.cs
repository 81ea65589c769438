namespace ClasseCRM.Web.Domain;

/// <summary>
/// The school's clock: every date a student or a teacher sees, and every rule about days and hours (calling hours,
/// reminders at 09:00, the daily digest at 07:30, a call's day), is in Europe/Paris; the database keeps UTC. The one
/// place the time zone is looked up and converted, so daylight-saving changes come out the same everywhere.
/// </summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>A stored UTC time as the wall-clock time in Paris.</summary>
    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A wall-clock time in Paris (a form's datetime-local, 09:00 on a day) as UTC, for storage.</summary>
    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>The day in Paris of a UTC time (a call at 23:30 UTC in summer is on the next day).</summary>
    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));
}
