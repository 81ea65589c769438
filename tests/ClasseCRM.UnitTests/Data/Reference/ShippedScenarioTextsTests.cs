using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Data.Reference;

/// <summary>A shipped scenario takes its seed file's current texts; a teacher's copy keeps its own (<see cref="ShippedScenarioTexts"/>).</summary>
public sealed class ShippedScenarioTextsTests
{
    private static readonly ScenarioSeed Seed = new(
        "k", "Titre", new CompanySeed("Société", "SAS au capital de 1 000\u00A0€", "812345676", "Rennes", "1 rue", "35000", "Rennes", "02", "a@b.example", "46.66Z", "Secteur"),
        "B2B", "Offre\u00A0: tout compris.", new NegotiationSeed(0.1m, ["Comptant", "30 jours"], 5), "Accroche\u00A0: «\u00A0Combien\u202F?\u00A0»",
        [new ProductSeed("P1", "Copieur 30\u202F% plus rapide", "unité", 10m, 5m, 0.2m, 0.1m)],
        [new ObjectionSeed("C'est cher.", "Prix", "Compensation", "Comparons\u00A0: la maintenance est incluse."), new ObjectionSeed("Pas le temps.", "Délai", "Alternative", "Mardi ou jeudi\u202F?")],
        new ProspectProfileSeed(40, [], [1, 2], [], []));

    [Fact]
    public void Refresh_ShippedScenario_TakesTheSeedsTexts_KeepsPrices()
    {
        var shipped = Old(owner: null);

        Assert.True(ShippedScenarioTexts.Refresh(shipped, Seed));

        Assert.Equal("SAS au capital de 1 000\u00A0€", shipped.LegalForm);
        Assert.Equal("Offre\u00A0: tout compris.", shipped.Offer);
        Assert.Equal("Accroche\u00A0: «\u00A0Combien\u202F?\u00A0»", shipped.SalesPitch);
        Assert.Equal("Copieur 30\u202F% plus rapide", shipped.Products[0].Designation);
        Assert.Equal(12m, shipped.Products[0].PriceExclVat);
        Assert.Equal(["Comparons\u00A0: la maintenance est incluse.", "Mardi ou jeudi\u202F?"], shipped.Objections.OrderBy(o => o.SortOrder).Select(o => o.Answer));
        Assert.False(ShippedScenarioTexts.Refresh(shipped, Seed));
    }

    [Fact]
    public void Refresh_TeachersCopy_Untouched()
    {
        var copy = Old(owner: "prof");

        Assert.False(ShippedScenarioTexts.Refresh(copy, Seed));

        Assert.Equal("Offre : tout compris.", copy.Offer);   // typo-fix: keep (the old text, as typed)
        Assert.Equal("Accroche : « Combien ? »", copy.SalesPitch);   // typo-fix: keep
        Assert.Single(copy.Objections);
    }

    [Fact]
    public void Refresh_ObjectionLinesBeyondTheSeeds_Removed()
    {
        var shipped = Old(owner: null);
        shipped.Objections.Add(new ScenarioObjection { Objection = "a", Answer = "b", SortOrder = 1 });
        shipped.Objections.Add(new ScenarioObjection { Objection = "c", Answer = "d", SortOrder = 2 });

        ShippedScenarioTexts.Refresh(shipped, Seed);

        Assert.Equal(["C'est cher.", "Pas le temps."], shipped.Objections.OrderBy(o => o.SortOrder).Select(o => o.Objection));
    }

    private static Scenario Old(string? owner) => new()
    {
        SourceKey = "k",
        OwnerId = owner,
        Title = "Titre",
        CompanyName = "Société",
        LegalForm = "SAS au capital de 1 000 €",   // typo-fix: keep
        RcsCity = "Rennes",
        Street = "1 rue",
        City = "Rennes",
        Sector = "Secteur",
        Offer = "Offre : tout compris.",   // typo-fix: keep
        PaymentTerms = "Comptant\n30 jours",
        SalesPitch = "Accroche : « Combien ? »",   // typo-fix: keep
        Products = [new ScenarioProduct { Reference = "P1", Designation = "Copieur 30 % plus rapide", Unit = "unité", PriceExclVat = 12m }],   // typo-fix: keep
        Objections = [new ScenarioObjection { Objection = "C'est cher.", Type = "Prix", Technique = "Compensation", Answer = "Comparons : la maintenance est incluse.", SortOrder = 0 }],   // typo-fix: keep
    };
}
