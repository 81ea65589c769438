using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Data.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Data;

/// <summary>
/// An installation seeded before the seed files were corrected (typography, wording) gets the corrected texts of the
/// shipped scenarios at its next start; a scenario a teacher copied (and maybe edited) keeps its own texts.
/// </summary>
public sealed class ShippedScenarioUpdateTests(TestApp app) : IClassFixture<TestApp>
{
    private const string OldOffer = "Copieurs en location : tout compris !";   // typo-fix: keep (a text as an older seed had it)
    private const string OldAnswer = "Si je comprends bien, c'est le prix ? Comparons : la maintenance est incluse.";   // typo-fix: keep

    [Fact]
    public async Task Start_ShippedScenarioWithOldTexts_TakesTheSeedsTexts_TeachersCopyKeepsItsOwn()
    {
        var client = await app.AsAsync("prof.martin");
        var shipped = await app.ShippedScenarioAsync("bureau-ouest");
        var response = await client.PostFormAsync($"/scenarios/{shipped}/copier", new(), formPage: "/scenarios");
        var copy = int.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
        foreach (var id in new[] { shipped, copy })
        {
            await app.WithDbAsync(async db =>
            {
                await db.Scenarios.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Offer, OldOffer).SetProperty(s => s.LegalForm, "SAS au capital de 150 000 €"));   // typo-fix: keep
                await db.ScenarioObjections.Where(o => o.ScenarioId == id && o.SortOrder == 0).ExecuteUpdateAsync(u => u.SetProperty(o => o.Answer, OldAnswer));
                // An older grid had fewer lines.
                return await db.ScenarioObjections.Where(o => o.ScenarioId == id && o.SortOrder >= 3).ExecuteDeleteAsync();
            });
        }

        await app.Services.InitializeDatabaseAsync(null, CancellationToken.None);

        var seed = app.Services.GetRequiredService<SeedCatalog>().FindScenario("bureau-ouest")!;
        var (after, objections) = await app.WithDbAsync(async db => (
            await db.Scenarios.AsNoTracking().FirstAsync(s => s.Id == shipped),
            await db.ScenarioObjections.Where(o => o.ScenarioId == shipped).OrderBy(o => o.SortOrder).Select(o => o.Answer).ToListAsync()));
        Assert.Equal(seed.Offer, after.Offer);
        Assert.Equal("SAS au capital de 150 000\u00A0€", after.LegalForm);
        Assert.Equal(seed.Objections.Select(o => o.Answer), objections);
        Assert.Contains("\u00A0: la maintenance est incluse.", objections[0]);

        var kept = await app.WithDbAsync(db => db.Scenarios.AsNoTracking().FirstAsync(s => s.Id == copy));
        Assert.Equal(OldOffer, kept.Offer);
        Assert.Equal("SAS au capital de 150 000 €", kept.LegalForm);   // typo-fix: keep

        var page = (await client.GetDocumentAsync($"/scenarios/{shipped}")).Text();
        Assert.Contains("Si je comprends bien, c'est le montant mensuel qui vous freine\u202F?", page);
    }
}
