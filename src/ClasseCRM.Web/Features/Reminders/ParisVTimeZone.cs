namespace ClasseCRM.Web.Features.Reminders;

/// <summary>
/// The Europe/Paris VTIMEZONE of the calendar feed, written out in full (RFC 5545 §3.6.5), because calendar apps that
/// read a feed's own time zone rules (Thunderbird's ical.js) need them: without STANDARD and DAYLIGHT they took Paris
/// times as UTC and showed every event 1 h late in winter and 2 h late in summer. The rule is the European summer time
/// (directive 2000/84/CE): summer time from the last Sunday of March at 02:00 (+01:00 → +02:00) to the last Sunday of
/// October at 03:00 (+02:00 → +01:00).
/// </summary>
public static class ParisVTimeZone
{
    public const string TzId = "Europe/Paris";

    /// <summary>The VTIMEZONE block, CRLF line ends (as the rest of the feed).</summary>
    public static readonly string Block = string.Join("\r\n",
        "BEGIN:VTIMEZONE",
        "TZID:" + TzId,
        "X-LIC-LOCATION:" + TzId,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE") + "\r\n";

    /// <summary>
    /// The serialized calendar with the block placed before its first component (Ical.Net 5 writes an empty VTIMEZONE
    /// for a time zone id, so the calendar is serialized without one and the block is put in here).
    /// </summary>
    public static string InsertInto(string calendar)
    {
        var at = calendar.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal);
        if (at < 0)
        {
            at = calendar.LastIndexOf("END:VCALENDAR", StringComparison.Ordinal);
        }
        return at < 0 ? calendar : calendar.Insert(at, Block);
    }
}
