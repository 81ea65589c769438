using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.UnitTests.Domain.Figures;

/// <summary>The usual cost lines by channel, with the quantities of the operation (computed by hand).</summary>
public sealed class CostSuggestionsTests
{
    [Fact]
    public void Phone_TimeAndOneCommunicationPerCall()
    {
        var lines = CostSuggestions.For(Channel.Phone, 40, null, 0.636m).ToDictionary(l => l.Label);

        Assert.Equal((4.0m, 60.00m), (lines["Temps commercial"].Quantity, lines["Temps commercial"].Amount));             // 40 × 6 min = 4 h × 15 €
        Assert.Equal((40m, 4.00m), (lines["Communications (par appel)"].Quantity, lines["Communications (par appel)"].Amount)); // 40 × 0,10 €
        Assert.False(lines["Fichier (achat ou location)"].IsVariable);
        Assert.DoesNotContain(lines.Keys, k => k.Contains("pli", StringComparison.Ordinal));
    }

    [Fact]
    public void Mail_PrintingAndPostagePerLetter()
    {
        var lines = CostSuggestions.For(Channel.Mail, 10, null, 0.636m).ToDictionary(l => l.Label);

        Assert.Equal(1.50m, lines["Impression (par pli)"].Amount);          // 10 × 0,15
        Assert.Equal(15.20m, lines["Affranchissement (par pli)"].Amount);   // 10 × 1,52
        Assert.Equal(1m, lines["Temps commercial"].Quantity);               // 10 × 3 min = 0,5 h: at least one hour
    }

    [Fact]
    public void Visit_TheTourKilometresTimesTheClassRate_OnlyWhenKnown()
    {
        var lines = CostSuggestions.For(Channel.Visit, 6, 123.45, 0.5m).ToDictionary(l => l.Label);

        Assert.Equal((123.5m, 0.5m, 61.75m), (lines["Déplacements (km de la tournée)"].Quantity, lines["Déplacements (km de la tournée)"].UnitCost, lines["Déplacements (km de la tournée)"].Amount));
        Assert.Equal(6m, lines["Temps commercial"].Quantity);
        Assert.DoesNotContain(CostSuggestions.For(Channel.Visit, 6, null, 0.5m), l => l.Label.StartsWith("Déplacements", StringComparison.Ordinal));
    }
}
