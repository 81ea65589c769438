using ClasseCRM.Web.Data;

namespace ClasseCRM.UnitTests.Architecture;

/// <summary>
/// The direction of the dependencies of DESIGN.md, checked on the compiled app: data, domain and infrastructure serve
/// the features and never call them; the demo school sits on top (it calls the features, nothing calls it but the
/// composition root), so no cycle closes through it.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Data = "ClasseCRM.Web.Data";
    private const string Domain = "ClasseCRM.Web.Domain";
    private const string Infrastructure = "ClasseCRM.Web.Infrastructure";
    private const string Features = "ClasseCRM.Web.Features";
    private const string Demo = "ClasseCRM.Web.Demo";

    private static readonly System.Reflection.Assembly App = typeof(AppDbContext).Assembly;

    [Fact]
    public void DataAndDomain_UseNeitherFeaturesNorDemo()
    {
        AssertNone(Breaches([Data, Domain], [Features, Demo]));
    }

    [Fact]
    public void Infrastructure_UsesNeitherFeaturesNorDemo()
    {
        AssertNone(Breaches([Infrastructure], [Features, Demo]));
    }

    [Fact]
    public void Features_DoNotUseTheDemo()
    {
        AssertNone(Breaches([Features], [Demo]));
    }

    [Fact]
    public void Demo_IsItsOwnFolder()
    {
        // The rules above would pass vacuously if the demo's namespace changed: it must hold the seeder.
        Assert.Contains(App.GetTypes(), t => t.Namespace == Demo && t.Name == "DemoSchoolSeeder");
    }

    /// <summary>Every « type → type it uses » where the first lives under one of <paramref name="layers"/> and the second under one of <paramref name="forbidden"/>.</summary>
    private static List<string> Breaches(string[] layers, string[] forbidden) => (
        from type in App.GetTypes()
        where Under(type.Namespace, layers)
        from used in IlReferences.TypesUsedBy(type)
        where Under(used.Namespace, forbidden)
        select $"{type.FullName} → {used.FullName}").Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Fails with every breach on its own line (xunit would cut a collection after a few items).</summary>
    private static void AssertNone(List<string> breaches) =>
        Assert.True(breaches.Count == 0, $"{breaches.Count} dépendance(s) interdite(s) :\n{string.Join('\n', breaches)}");

    private static bool Under(string? ns, string[] roots) =>
        ns is not null && roots.Any(root => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));
}
