using ClasseCRM.Web.Domain.Field;

namespace ClasseCRM.UnitTests.Domain.Field;

public sealed class TourPlannerTests
{
    private static readonly GeoPoint Rennes = new(48.11198, -1.67429);
    private static readonly GeoPoint Paris = new(48.85341, 2.3488);

    /// <summary>A point <paramref name="km"/> kilometres east of <paramref name="origin"/> (1° of longitude ≈ 111.32 × cos(latitude) km).</summary>
    private static GeoPoint East(GeoPoint origin, double km) =>
        new(origin.Latitude, origin.Longitude + km / (111.32 * Math.Cos(origin.Latitude * Math.PI / 180)));

    [Fact]
    public void KmTo_RennesParis_IsAbout308Km()
    {
        Assert.InRange(Rennes.KmTo(Paris), 305, 311);
        Assert.Equal(0, Paris.KmTo(Paris), 6);
    }

    [Fact]
    public void WorkingDays_SkipWeekendsAndPublicHolidays()
    {
        // Thursday 24 December 2026; Christmas is a Friday; then the weekend.
        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 29)],
            TourPlanner.WorkingDays(new DateOnly(2026, 12, 24), 3));
    }

    [Fact]
    public void ByDistance_VisitsTheNearestFirst_AndFillsDaysInTurn()
    {
        TourStop Stop(int id, double km) => new(id, "35000", "Ville " + id, "P" + id, East(Rennes, km));
        var stops = new[] { Stop(1, 30), Stop(2, 10), Stop(3, 50), Stop(4, 20) };

        var plan = TourPlanner.Plan(stops, Rennes, new DateOnly(2026, 12, 1), 2, TourMethod.ByDistance);

        Assert.Equal([2, 4, 1, 3], plan.Select(p => p.Id));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2)], plan.Select(p => p.Day));
        Assert.Equal([1, 2, 1, 2], plan.Select(p => p.Order));
        Assert.Equal([10.0, 10.0, 30.0, 20.0], plan.Select(p => p.LegKm!.Value).Select(k => Math.Round(k)));
    }

    [Fact]
    public void ByDistance_TwoOptShortensTheGreedyRound_ToTheBestLoopHere()
    {
        // Five prospects on a 0.1° grid around Rennes: going to the nearest each time gives a 223.9 km loop; the best
        // of the 120 orders is 206.3 km, and the 2-opt pass finds it.
        (int Lat, int Lon)[] grid = [(-2, 4), (3, -3), (0, 4), (2, 5), (4, -4)];
        var stops = grid.Select((g, i) => new TourStop(i + 1, "35000", "V", "P", new GeoPoint(Rennes.Latitude + g.Lat / 10.0, Rennes.Longitude + g.Lon / 10.0))).ToList();

        var plan = TourPlanner.Plan(stops, Rennes, new DateOnly(2026, 12, 1), 5, TourMethod.ByDistance);
        var km = TourPlanner.RoundKm(Rennes, plan.Select(p => stops.Single(s => s.Id == p.Id).Point));

        Assert.Equal(206.3, Math.Round(km, 1));
        Assert.Equal(5, plan.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void ByTown_GroupsTownsInPostalCodeOrder_UnknownPlacesToo()
    {
        var stops = new[]
        {
            new TourStop(1, "35500", "Vitré", "B", null),
            new TourStop(2, "35000", "Rennes", "Z", null),
            new TourStop(3, "35000", "Rennes", "A", null),
            new TourStop(4, "22000", "Saint-Brieuc", "C", null),
        };

        var plan = TourPlanner.Plan(stops, null, new DateOnly(2026, 12, 1), 3, TourMethod.ByTown);

        Assert.Equal([4, 3, 2, 1], plan.Select(p => p.Id));
        Assert.All(plan, p => Assert.Null(p.LegKm));
        Assert.Equal(new DateOnly(2026, 12, 2), plan[3].Day);
    }

    [Fact]
    public void ByDistance_StopsWithoutAPlace_CloseThePlan()
    {
        var stops = new[] { new TourStop(1, "99999", "Inconnue", "X", null), new TourStop(2, "35000", "Rennes", "Y", East(Rennes, 3)) };

        var plan = TourPlanner.Plan(stops, Rennes, new DateOnly(2026, 12, 1), 5, TourMethod.ByDistance);

        Assert.Equal([2, 1], plan.Select(p => p.Id));
        Assert.Null(plan[1].LegKm);
    }
}
