using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.UnitTests.Domain.RolePlay;

/// <summary>A fiche's role card is drawn from the scenario's role-play part and objection grid, the same every time for the same fiche.</summary>
public sealed class RoleCardGeneratorTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static readonly List<ScenarioObjection> Grid =
    [
        new() { Id = 1, Objection = "C'est trop cher.", Type = "Prix", SortOrder = 1 },
        new() { Id = 2, Objection = "Nous avons déjà un fournisseur.", Type = "Concurrence", SortOrder = 2 },
        new() { Id = 3, Objection = "Je n'ai besoin de rien.", Type = "Besoin", SortOrder = 3 },
        new() { Id = 4, Objection = "Vos délais sont trop longs.", Type = "Délai", SortOrder = 4 },
        new() { Id = 5, Objection = "Votre produit est fragile.", Type = "Produit", SortOrder = 5 },
    ];

    private static RoleCard Card(int prospectId, ScenarioRolePlay? profile = null, bool individual = false, string? supplier = null, List<ScenarioObjection>? grid = null) =>
        RoleCardGenerator.Generate(new RoleCardFacts(7, prospectId, individual, supplier), profile ?? ScenarioRolePlay.Defaults(3), grid ?? Grid, Now);

    [Fact]
    public void Generate_SameFiche_SameCard()
    {
        var a = Card(42);
        var b = Card(42);
        Assert.Equal((a.PickUp, a.Reachability, a.ReachableHour, a.CurrentSupplier, a.HiddenNeed, a.Budget, a.DominantMotive, a.BuyingSignals, a.AcceptsWhen),
            (b.PickUp, b.Reachability, b.ReachableHour, b.CurrentSupplier, b.HiddenNeed, b.Budget, b.DominantMotive, b.BuyingSignals, b.AcceptsWhen));
        Assert.Equal(a.Objections.Select(o => (o.Text, o.Firmness)), b.Objections.Select(o => (o.Text, o.Firmness)));
        Assert.Equal((7, 42, Now), (a.WorkspaceId, a.ProspectId, a.GeneratedAtUtc));
    }

    [Fact]
    public void Generate_TwoOrThreeDistinctObjectionsOfTheGrid_EachWithAFirmness()
    {
        var counts = new HashSet<int>();
        for (var id = 1; id <= 60; id++)
        {
            var card = Card(id);
            Assert.InRange(card.Objections.Count, 2, 3);
            counts.Add(card.Objections.Count);
            Assert.Equal(card.Objections.Count, card.Objections.Select(o => o.Text).Distinct().Count());
            foreach (var o in card.Objections)
            {
                var line = Assert.Single(Grid, g => g.Objection == o.Text);
                Assert.Equal(line.Type, o.Type);
                Assert.InRange((int)o.Firmness, 1, 3);
            }
        }
        Assert.Equal([2, 3], counts.Order());
    }

    [Fact]
    public void Generate_DifferentFiches_DifferentCards()
    {
        var cards = Enumerable.Range(1, 30).Select(id => Card(id)).ToList();
        Assert.True(cards.Select(c => c.HiddenNeed).Distinct().Count() > 1);
        Assert.True(cards.Select(c => c.DominantMotive).Distinct().Count() > 1);
        Assert.True(cards.Select(c => c.PickUp).Distinct().Count() == 3);
    }

    [Fact]
    public void Generate_FollowsTheScenarioPart()
    {
        var profile = new ScenarioRolePlay
        {
            ScenarioId = 3,
            SwitchboardPercent = 0,
            AssistantPercent = 0,
            DecisionMakerPercent = 100,
            Reachability = "Le vendredi vers 15 h",
            Motives = "A",
            HiddenNeeds = "Changer de photocopieur",
            BuyingSignals = "Demande le prix\nDemande le délai",
            AcceptanceTriggers = "Un essai gratuit",
            Suppliers = "Bureau Vallée",
            BudgetMin = 2000m,
            BudgetMax = 2000m,
        };
        var card = Card(5, profile);
        Assert.Equal(PickUpBy.DecisionMaker, card.PickUp);
        Assert.Equal(("Le vendredi vers 15 h", 15, "Changer de photocopieur", SoncasMotive.Money, "Un essai gratuit", "Bureau Vallée", 2000m),
            (card.Reachability, card.ReachableHour, card.HiddenNeed, card.DominantMotive, card.AcceptsWhen, card.CurrentSupplier, card.Budget));
        Assert.Equal(["Demande le délai", "Demande le prix"], card.BuyingSignals.Split('\n').Order());
    }

    [Fact]
    public void Generate_BudgetInHundredsWithinTheBounds()
    {
        var profile = ScenarioRolePlay.Defaults(3);
        profile.BudgetMin = 12000m;
        profile.BudgetMax = 3000m;
        for (var id = 1; id <= 40; id++)
        {
            var budget = Card(id, profile).Budget;
            Assert.InRange(budget, 3000m, 12000m);
            Assert.Equal(0m, budget % 100m);
        }
    }

    [Fact]
    public void Generate_Consumer_PicksUpThemselves_AndTheFichesSupplierIsKept()
    {
        var profile = ScenarioRolePlay.Defaults(3);
        profile.SwitchboardPercent = 100;
        profile.AssistantPercent = 0;
        profile.DecisionMakerPercent = 0;
        Assert.Equal(PickUpBy.Switchboard, Card(9, profile).PickUp);
        var consumer = Card(9, profile, individual: true, supplier: " Lapeyre ");
        Assert.Equal((PickUpBy.DecisionMaker, "Lapeyre"), (consumer.PickUp, consumer.CurrentSupplier));
    }

    [Fact]
    public void Generate_EmptyGrid_OneFallbackObjection()
    {
        var card = Card(11, grid: []);
        var only = Assert.Single(card.Objections);
        Assert.Equal((RoleCardGenerator.Fallback.Text, "Besoin", Firmness.Medium), (only.Text, only.Type, only.Firmness));
    }

    [Theory]
    [InlineData("Le matin, entre 9 h et 11 h", 9)]
    [InlineData("En début d'après-midi, vers 14 h", 14)]
    [InlineData("Après 19 h", 17)]
    [InlineData("Quand il veut", 10)]
    public void HourOf_FirstHourWritten_WithinOfficeHours(string text, int hour) => Assert.Equal(hour, RoleCardGenerator.HourOf(text));

    [Fact]
    public void Motives_ReadsInitials_SkipsUnknown() =>
        Assert.Equal([SoncasMotive.Security, SoncasMotive.Sympathy, SoncasMotive.Environment], RoleCardGenerator.Motives("S, Sy ; X, E, S"));
}
