using System.Globalization;

namespace ClasseCRM.IntegrationTests.Features.Reminders;

/// <summary>
/// Reads an iCalendar feed the way Thunderbird's ical.js does: an event's local time in a TZID is turned into an instant
/// with the rules of the feed's OWN VTIMEZONE (STANDARD/DAYLIGHT offsets, yearly RRULE with BYMONTH and BYDAY=nSU),
/// never with a time zone database — so a feed whose VTIMEZONE lacks its rules cannot pass for a correct one.
/// </summary>
public sealed class IcsFeedReader
{
    private readonly Dictionary<string, List<Observance>> _zones = new(StringComparer.Ordinal);

    private IcsFeedReader()
    {
    }

    public List<IcsEvent> Events { get; } = [];

    public static IcsFeedReader Parse(string text)
    {
        var feed = new IcsFeedReader();
        var lines = text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal)
            .Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var path = new Stack<string>();
        Dictionary<string, (string Params, string Value)> properties = new();
        string? zone = null;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var head = line[..colon];
            var value = line[(colon + 1)..];
            var semicolon = head.IndexOf(';', StringComparison.Ordinal);
            var name = semicolon < 0 ? head : head[..semicolon];
            var parameters = semicolon < 0 ? "" : head[(semicolon + 1)..];
            if (name == "BEGIN")
            {
                path.Push(value);
                properties = new();
                continue;
            }
            if (name == "END")
            {
                path.Pop();
                if (value is "STANDARD" or "DAYLIGHT")
                {
                    feed._zones[zone!].Add(Observance.From(value, properties));
                }
                else if (value == "VEVENT")
                {
                    var start = properties["DTSTART"];
                    var tzid = start.Params.Split(';').Select(p => p.Split('=')).Where(p => p[0] == "TZID").Select(p => p[1]).FirstOrDefault();
                    feed.Events.Add(new IcsEvent(
                        Unescape(properties.GetValueOrDefault("SUMMARY").Value ?? ""),
                        Unescape(properties.GetValueOrDefault("DESCRIPTION").Value ?? ""),
                        LocalTime(start.Value), tzid));
                }
                continue;
            }
            if (path.Count > 0 && path.Peek() == "VTIMEZONE" && name == "TZID")
            {
                zone = value;
                feed._zones[zone] = [];
            }
            properties[name] = (parameters, value);
        }
        return feed;
    }

    /// <summary>The instant of an event, from its local time and the feed's own rules for its TZID.</summary>
    public DateTime StartUtc(IcsEvent e)
    {
        if (e.TzId is null)
        {
            return e.Start;
        }
        if (!_zones.TryGetValue(e.TzId, out var observances))
        {
            throw new InvalidOperationException($"Le flux n'a pas de VTIMEZONE pour {e.TzId}.");
        }
        if (observances.Count == 0)
        {
            throw new InvalidOperationException($"Le VTIMEZONE {e.TzId} n'a ni STANDARD ni DAYLIGHT : ical.js y lit l'heure comme UTC.");
        }
        // The observance in force is the one whose latest onset (this year or the previous one) is the latest before the time.
        var inForce = observances
            .SelectMany(o => new[] { e.Start.Year, e.Start.Year - 1 }.Select(year => (Observance: o, Onset: o.OnsetIn(year))))
            .Where(x => x.Onset is { } onset && onset <= e.Start)
            .MaxBy(x => x.Onset)
            .Observance ?? throw new InvalidOperationException("Aucune règle du VTIMEZONE ne couvre cette date.");
        return DateTime.SpecifyKind(e.Start - inForce.OffsetTo, DateTimeKind.Utc);
    }

    private static DateTime LocalTime(string value) =>
        DateTime.ParseExact(value.TrimEnd('Z'), "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Unescape(string value) =>
        value.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\N", "\n", StringComparison.Ordinal)
            .Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    /// <summary>One STANDARD or DAYLIGHT block.</summary>
    private sealed record Observance(string Kind, DateTime DtStart, TimeSpan OffsetFrom, TimeSpan OffsetTo, int? ByMonth, int? ByDayOrdinal, DayOfWeek? ByDay)
    {
        public static Observance From(string kind, Dictionary<string, (string Params, string Value)> p)
        {
            int? month = null, ordinal = null;
            DayOfWeek? day = null;
            if (p.TryGetValue("RRULE", out var rule))
            {
                var parts = rule.Value.Split(';').Select(x => x.Split('=')).ToDictionary(x => x[0], x => x[1]);
                Assert.Equal("YEARLY", parts["FREQ"]);
                month = int.Parse(parts["BYMONTH"], CultureInfo.InvariantCulture);
                var byDay = parts["BYDAY"];
                ordinal = int.Parse(byDay[..^2], CultureInfo.InvariantCulture);
                day = byDay[^2..] switch
                {
                    "SU" => DayOfWeek.Sunday,
                    "MO" => DayOfWeek.Monday,
                    "SA" => DayOfWeek.Saturday,
                    var other => throw new InvalidOperationException($"BYDAY {other} non lu par ce test."),
                };
            }
            return new Observance(kind, LocalTime(p["DTSTART"].Value), Offset(p["TZOFFSETFROM"].Value), Offset(p["TZOFFSETTO"].Value), month, ordinal, day);
        }

        /// <summary>When this observance starts in <paramref name="year"/> (local time), or null when it does not.</summary>
        public DateTime? OnsetIn(int year)
        {
            if (ByMonth is not { } month)
            {
                return DtStart.Year == year ? DtStart : null;
            }
            if (year < DtStart.Year)
            {
                return null;
            }
            var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Select(d => new DateTime(year, month, d))
                .Where(d => d.DayOfWeek == ByDay).ToList();
            var date = ByDayOrdinal < 0 ? days[days.Count + ByDayOrdinal.Value] : days[ByDayOrdinal!.Value - 1];
            return date + DtStart.TimeOfDay;
        }

        private static TimeSpan Offset(string value)
        {
            var sign = value[0] == '-' ? -1 : 1;
            return sign * new TimeSpan(int.Parse(value[1..3], CultureInfo.InvariantCulture), int.Parse(value[3..5], CultureInfo.InvariantCulture), 0);
        }
    }
}
