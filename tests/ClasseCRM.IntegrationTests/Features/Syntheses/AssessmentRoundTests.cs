using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Syntheses;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Syntheses;

/// <summary>
/// A class assessed in one sitting: the documents handed in for the same deadline are walked with « précédent / suivant »
/// and a counter, and « Enregistrer et passer au suivant » opens the next one still waiting.
/// </summary>
public sealed class AssessmentRoundTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    [Fact]
    public async Task Counter_PreviousNext_ThroughEveryHandedInDocument_SaveAndNextOpensTheNextWaiting()
    {
        foreach (var student in new[] { "eleve4", "eleve5" })
        {
            var client = await app.AsAsync(student);
            var (_, id) = await SynthesisTests.PrepareAsync(client, $"Compte rendu de {student}");
            await SynthesisTests.HandInAsync(client, id);
        }
        // With the demo's eleve1 (assessed) and eleve6 (waiting): four documents for the class's deadline.
        var teacher = await app.AsAsync("prof.martin");
        var any = await app.WithDbAsync(db => db.Syntheses.Where(s => s.Author!.UserName == "eleve4").Select(s => s.Id).SingleAsync());
        var page = await teacher.GetDocumentAsync($"/syntheses/{any}");
        while (page.QuerySelector("#tournee a[rel=prev]") is { } prev)
        {
            page = await teacher.GetDocumentAsync(prev.GetAttribute("href")!.Split('#')[0]);
        }
        var walked = new List<string>();
        while (true)
        {
            walked.Add(page.QuerySelector("#compteur")!.TextContent);
            if (page.QuerySelector("#tournee a[rel=next]") is not { } next)
            {
                break;
            }
            page = await teacher.GetDocumentAsync(next.GetAttribute("href")!.Split('#')[0]);
        }
        Assert.Equal(["1 / 4", "2 / 4", "3 / 4", "4 / 4"], walked);

        var waiting = await app.WithDbAsync(db => db.Syntheses.Where(s => s.Status == SynthesisStatus.HandedIn && s.Workspace!.Class!.Teacher!.UserName == "prof.martin").Select(s => s.Id).ToListAsync());
        Assert.Equal(3, waiting.Count);
        var first = waiting[0];
        var levels = Enumerable.Range(0, 5).ToDictionary(i => $"Levels[{i}]", _ => "2");
        levels["suivant"] = "true";
        var saved = await teacher.PostFormAsync($"/syntheses/{first}/evaluation", levels, $"/syntheses/{first}");
        saved.AssertRedirectsTo("/syntheses/");
        var opened = int.Parse(saved.Headers.Location!.OriginalString.Split('/').Last().Split('#')[0]);
        Assert.NotEqual(first, opened);
        Assert.Contains(opened, waiting);
        var nextPage = await teacher.GetDocumentAsync($"/syntheses/{opened}");
        Assert.Equal("2 à évaluer", nextPage.QuerySelector("#tournee .small")!.TextContent);
        Assert.NotNull(nextPage.QuerySelector("#evaluer-suivant"));

        // A student sees no round.
        var own = await app.AsAsync("eleve4");
        Assert.Null((await own.GetDocumentAsync($"/syntheses/{any}")).QuerySelector("#tournee"));
    }
}
