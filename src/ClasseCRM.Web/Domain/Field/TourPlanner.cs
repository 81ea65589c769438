using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Domain.Field;

/// <summary>A place on the map (WGS 84 degrees).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Great-circle distance in kilometres (haversine): the distance "à vol d'oiseau".</summary>
    public double KmTo(GeoPoint other)
    {
        const double EarthRadiusKm = 6371.0;
        static double Rad(double degrees) => degrees * Math.PI / 180.0;
        var dLat = Rad(other.Latitude - Latitude);
        var dLon = Rad(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(Latitude)) * Math.Cos(Rad(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

/// <summary>A prospect to visit: its postal code and town, and its position when the town is known.</summary>
public sealed record TourStop(int Id, string PostalCode, string City, string Name, GeoPoint? Point);

/// <summary>A stop placed in the plan: its day, its rank in the day's round, and the distance from the previous stop.</summary>
public sealed record PlannedStop(int Id, DateOnly Day, int Order, double? LegKm);

public enum TourMethod
{
    /// <summary>Grouped by town and ordered by postal code: the minimum a plan de tournée must do.</summary>
    ByTown = 0,

    /// <summary>Each day leaves the company, goes to the nearest prospect not visited yet, and so on (then a 2-opt pass shortens the round).</summary>
    ByDistance = 1,
}

/// <summary>
/// Plans the visits of a field operation over working days (no weekends, no public holidays), a number of visits a
/// day, leaving from the company each day and coming back to it: "most visits, fewest km" (DOMAIN.md).
/// </summary>
public static class TourPlanner
{
    public static IReadOnlyList<DateOnly> WorkingDays(DateOnly from, int count)
    {
        var days = new List<DateOnly>();
        for (var day = from; days.Count < count; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FrenchPublicHolidays.IsHoliday(day))
            {
                days.Add(day);
            }
        }
        return days;
    }

    public static IReadOnlyList<PlannedStop> Plan(IReadOnlyList<TourStop> stops, GeoPoint? company, DateOnly firstDay, int visitsPerDay, TourMethod method)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(visitsPerDay, 1);
        var days = WorkingDays(firstDay, (stops.Count + visitsPerDay - 1) / visitsPerDay);
        var rounds = method == TourMethod.ByDistance && company is { } home
            ? ByDistance(stops, home, visitsPerDay)
            : ByTown(stops, visitsPerDay);
        var plan = new List<PlannedStop>();
        for (var d = 0; d < rounds.Count; d++)
        {
            GeoPoint? previous = company;
            for (var i = 0; i < rounds[d].Count; i++)
            {
                var stop = rounds[d][i];
                double? leg = previous is { } from && stop.Point is { } to ? Math.Round(from.KmTo(to), 1) : null;
                plan.Add(new PlannedStop(stop.Id, days[d], i + 1, leg));
                previous = stop.Point ?? previous;
            }
        }
        return plan;
    }

    /// <summary>Total length of a day's round: company → stops → company (stops with no known place are skipped).</summary>
    public static double RoundKm(GeoPoint company, IEnumerable<GeoPoint?> points)
    {
        var km = 0.0;
        var at = company;
        foreach (var p in points.OfType<GeoPoint>())
        {
            km += at.KmTo(p);
            at = p;
        }
        return km + at.KmTo(company);
    }

    private static List<List<TourStop>> ByTown(IReadOnlyList<TourStop> stops, int perDay) =>
        stops.OrderBy(s => s.PostalCode, StringComparer.Ordinal)
            .ThenBy(s => TextFolding.Fold(s.City), StringComparer.Ordinal)
            .ThenBy(s => TextFolding.Fold(s.Name), StringComparer.Ordinal)
            .Chunk(perDay).Select(c => c.ToList()).ToList();

    private static List<List<TourStop>> ByDistance(IReadOnlyList<TourStop> stops, GeoPoint home, int perDay)
    {
        var left = stops.Where(s => s.Point is not null).ToList();
        var rounds = new List<List<TourStop>>();
        while (left.Count > 0)
        {
            var round = new List<TourStop>();
            var at = home;
            while (round.Count < perDay && left.Count > 0)
            {
                var next = left.MinBy(s => at.KmTo(s.Point!.Value))!;
                left.Remove(next);
                round.Add(next);
                at = next.Point!.Value;
            }
            rounds.Add(TwoOpt(round, home));
        }
        // Prospects whose town is unknown close the plan, grouped by postal code: the student places them by hand.
        var unknown = stops.Where(s => s.Point is null).ToList();
        if (unknown.Count > 0)
        {
            var last = rounds.Count > 0 ? rounds[^1] : null;
            foreach (var stop in unknown.OrderBy(s => s.PostalCode, StringComparer.Ordinal))
            {
                if (last is null || last.Count >= perDay)
                {
                    last = [];
                    rounds.Add(last);
                }
                last.Add(stop);
            }
        }
        return rounds;
    }

    /// <summary>Reverses segments of the round while that shortens it (2-opt): removes the crossings greedy choices leave.</summary>
    private static List<TourStop> TwoOpt(List<TourStop> round, GeoPoint home)
    {
        var best = round;
        var bestKm = RoundKm(home, best.Select(s => s.Point));
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var i = 0; i < best.Count - 1; i++)
            {
                for (var k = i + 1; k < best.Count; k++)
                {
                    var candidate = best.Take(i).Concat(best.Skip(i).Take(k - i + 1).Reverse()).Concat(best.Skip(k + 1)).ToList();
                    var km = RoundKm(home, candidate.Select(s => s.Point));
                    if (km < bestKm - 1e-9)
                    {
                        best = candidate;
                        bestKm = km;
                        improved = true;
                    }
                }
            }
        }
        return best;
    }
}
