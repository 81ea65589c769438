using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.UnitTests.Domain.RolePlay;

/// <summary>The class's practice outcome profile: five shares adding up to 100, a ring drawn from a seed, the same for the same seed.</summary>
public sealed class OutcomeProfileTests
{
    [Fact]
    public void Default_IsDomainsProfile() => Assert.Equal(new OutcomeProfile(12, 30, 15, 10, 33), OutcomeProfile.Default);

    [Theory]
    [InlineData(12, 30, 15, 10, 33, null)]
    [InlineData(0, 0, 0, 0, 100, null)]
    [InlineData(10, 30, 15, 10, 33, "Les cinq parts doivent faire 100 % (elles font 98 %).")]
    [InlineData(-5, 35, 15, 10, 45, "Chaque part est un pourcentage entre 0 et 100.")]
    public void Error_SharesMustAddUpTo100(int wrong, int none, int gate, int absent, int reached, string? error) =>
        Assert.Equal(error?.Replace(" %", "\u202F%", StringComparison.Ordinal), new OutcomeProfile(wrong, none, gate, absent, reached).Error());

    [Fact]
    public void Draw_OverManySeeds_FollowsTheShares_AndRepeats()
    {
        var p = OutcomeProfile.Default;
        var draws = Enumerable.Range(0, 10_000).Select(i => p.Draw(SeededDraw.Mix(i, 1))).ToList();
        Assert.Equal(draws, Enumerable.Range(0, 10_000).Select(i => p.Draw(SeededDraw.Mix(i, 1))));
        int Share(ReachDraw d) => draws.Count(x => x == d) * 100 / draws.Count;
        Assert.InRange(Share(ReachDraw.WrongNumber), 11, 13);
        Assert.InRange(Share(ReachDraw.NoAnswer), 28, 31);
        Assert.InRange(Share(ReachDraw.Gatekeeper), 14, 16);
        Assert.InRange(Share(ReachDraw.DecisionMakerAbsent), 9, 11);
        Assert.InRange(Share(ReachDraw.DecisionMakerReached), 32, 34);
    }

    [Theory]
    [InlineData(100, 0, 0, 0, 0, ReachDraw.WrongNumber)]
    [InlineData(0, 100, 0, 0, 0, ReachDraw.NoAnswer)]
    [InlineData(0, 0, 100, 0, 0, ReachDraw.Gatekeeper)]
    [InlineData(0, 0, 0, 100, 0, ReachDraw.DecisionMakerAbsent)]
    [InlineData(0, 0, 0, 0, 100, ReachDraw.DecisionMakerReached)]
    public void Draw_AWholeShare_AlwaysGivesIt(int wrong, int none, int gate, int absent, int reached, ReachDraw expected)
    {
        var p = new OutcomeProfile(wrong, none, gate, absent, reached);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(expected, p.Draw(SeededDraw.Mix(i))));
    }
}
