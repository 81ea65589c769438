using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Prospects;

namespace ClasseCRM.UnitTests.Features.Prospects;

/// <summary>
/// Which queries take the compiled statements of the search box alone (ProspectService.PlainSearch): a search, in a
/// workspace or not, and nothing else — any filter or sort, even one that keeps every fiche, takes the general path.
/// </summary>
public sealed class PlainSearchTests
{
    [Fact]
    public void TheSearchAlone_InAWorkspaceOrNot_IsPlain_OnAnyPage()
    {
        Assert.True(ProspectService.IsPlainSearch(new ProspectQuery { Q = "le roux" }));
        Assert.True(ProspectService.IsPlainSearch(new ProspectQuery { Q = "martin", Espace = 12 }));
        Assert.True(ProspectService.IsPlainSearch(new ProspectQuery { Q = "martin", Page = 4 }));
    }

    [Fact]
    public void AnyFilterOrSort_OrNoSearch_IsNotPlain()
    {
        var notPlain = new List<ProspectQuery>
        {
            new(),
            new() { Q = "  " },
            new() { Q = "martin", Statut = ProspectStatus.Client },
            new() { Q = "martin", Potentiel = Potential.A },
            new() { Q = "martin", Type = ProspectKind.Individual },
            new() { Q = "martin", Section = "M" },
            new() { Q = "martin", Dept = "35" },
            new() { Q = "martin", Ville = "Rennes" },
            new() { Q = "martin", EffectifMin = 0 },
            new() { Q = "martin", EffectifMax = 10 },
            new() { Q = "martin", SansContact = 30 },
            new() { Q = "martin", Opposition = true },
            new() { Q = "martin", Rgpd = true },
            new() { Q = "martin", Tri = "nom" },
            new() { Q = "martin", Tri = "ville" },
            new() { Q = "martin", Desc = true },
        };
        foreach (var query in notPlain)
        {
            Assert.False(ProspectService.IsPlainSearch(query), query.ToQueryString());
        }
    }
}
