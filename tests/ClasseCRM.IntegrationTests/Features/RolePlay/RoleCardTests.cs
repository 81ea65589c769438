using System.Globalization;
using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.RolePlay;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// Role cards as the class's teacher handles them: one per fiche, read, edited, drawn again; the scenario's role-play
/// part and the class's outcome profile with French messages; no student reads or edits a card, no other teacher either.
/// </summary>
public sealed class RoleCardTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private Task<int> WorkspaceAsync() => app.WorkspaceOfAsync("eleve17");

    private async Task<RoleCard> FirstCardAsync(HttpClient teacher, int workspace)
    {
        var page = await teacher.GetDocumentAsync($"/jeu-de-role/cartes?espace={workspace}");
        var prospects = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == workspace));
        Assert.Equal(prospects, page.QuerySelectorAll("#cartes tbody tr").Length);
        var href = page.QuerySelector("#cartes tbody a")!.GetAttribute("href")!;
        var id = int.Parse(href.Split('/').Last(), CultureInfo.InvariantCulture);
        return await app.WithDbAsync(db => db.RoleCards.AsNoTracking().FirstAsync(c => c.Id == id));
    }

    private static Dictionary<string, string> Form(RoleCard card, string budget) => new()
    {
        ["PickUp"] = "Assistant",
        ["DominantMotive"] = "Comfort",
        ["Reachability"] = "Le lundi vers 15 h",
        ["Budget"] = budget,
        ["CurrentSupplier"] = "Metro",
        ["HiddenNeed"] = "Ouvrir un second restaurant",
        ["BuyingSignals"] = "Demande les délais",
        ["AcceptsWhen"] = "Une dégustation",
        ["Objections[0].Text"] = card.Objections[0].Text,
        ["Objections[0].Type"] = card.Objections[0].Type,
        ["Objections[0].Firmness"] = "High",
        ["Objections[1].Text"] = "",
        ["Objections[2].Text"] = "",
    };

    [Fact]
    public async Task Teacher_ReadsEditsAndDrawsAgainTheCardsOfAPupilsFile()
    {
        var teacher = await app.AsAsync("prof.durand");
        var workspace = await WorkspaceAsync();
        var card = await FirstCardAsync(teacher, workspace);

        (await teacher.PostFormAsync($"/jeu-de-role/cartes/{card.Id}", Form(card, "4 500,50"))).AssertRedirectsTo($"/jeu-de-role/cartes/{card.Id}");
        var edited = await app.WithDbAsync(db => db.RoleCards.AsNoTracking().FirstAsync(c => c.Id == card.Id));
        Assert.Equal((PickUpBy.Assistant, SoncasMotive.Comfort, 15, 4500.50m, "Metro"), (edited.PickUp, edited.DominantMotive, edited.ReachableHour, edited.Budget, edited.CurrentSupplier));
        var only = Assert.Single(edited.Objections);
        Assert.Equal((card.Objections[0].Text, Firmness.High), (only.Text, only.Firmness));
        Assert.NotNull(edited.EditedAtUtc);

        var regenerate = await teacher.PostFormAsync($"/jeu-de-role/cartes/regenerer?espace={workspace}", [], $"/jeu-de-role/cartes?espace={workspace}");
        regenerate.AssertRedirectsTo($"/jeu-de-role/cartes?espace={workspace}");
        var drawn = await app.WithDbAsync(db => db.RoleCards.AsNoTracking().FirstAsync(c => c.ProspectId == card.ProspectId));
        Assert.Equal((card.Budget, card.HiddenNeed, card.PickUp, (DateTime?)null), (drawn.Budget, drawn.HiddenNeed, drawn.PickUp, drawn.EditedAtUtc));
    }

    [Fact]
    public async Task Teacher_CardWithoutObjectionOrWithBadBudget_FrenchMessagesAndTypedValuesKept()
    {
        var teacher = await app.AsAsync("prof.durand");
        var card = await FirstCardAsync(teacher, await WorkspaceAsync());
        var form = Form(card, "beaucoup");
        form["Objections[0].Text"] = "";
        var response = await teacher.PostFormAsync($"/jeu-de-role/cartes/{card.Id}", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Gardez au moins une objection", page.Text(), StringComparison.Ordinal);
        Assert.Equal("beaucoup", page.QuerySelector("#Budget")!.GetAttribute("value"));
        Assert.Equal("Metro", page.QuerySelector("#CurrentSupplier")!.GetAttribute("value"));
        Assert.Equal(card.Budget, await app.WithDbAsync(db => db.RoleCards.Where(c => c.Id == card.Id).Select(c => c.Budget).FirstAsync()));
    }

    [Fact]
    public async Task Cards_NoStudentReadsOrEditsThem_NoOtherTeacherEither()
    {
        var workspace = await WorkspaceAsync();
        var card = await FirstCardAsync(await app.AsAsync("prof.durand"), workspace);

        foreach (var student in new[] { "eleve17", "eleve1" })
        {
            var client = await app.AsAsync(student);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/jeu-de-role/cartes/{card.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/jeu-de-role/cartes?espace={workspace}")).StatusCode);
            var token = await client.TokenAsync("/jeu-de-role");
            var forged = await client.PostAsync($"/jeu-de-role/cartes/{card.Id}", new FormUrlEncodedContent(Form(card, "1").Append(new("__RequestVerificationToken", token))));
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }
        var other = await app.AsAsync("prof.martin");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/jeu-de-role/cartes/{card.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/jeu-de-role/cartes?espace={workspace}")).StatusCode);
        var otherToken = await other.TokenAsync("/jeu-de-role");
        var edit = await other.PostAsync($"/jeu-de-role/cartes/{card.Id}", new FormUrlEncodedContent(Form(card, "1").Append(new("__RequestVerificationToken", otherToken))));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var regenerate = await other.PostAsync($"/jeu-de-role/cartes/regenerer?espace={workspace}", new FormUrlEncodedContent([new("__RequestVerificationToken", otherToken)]));
        Assert.Equal(HttpStatusCode.NotFound, regenerate.StatusCode);
        Assert.Equal(card.Budget, await app.WithDbAsync(db => db.RoleCards.Where(c => c.Id == card.Id).Select(c => c.Budget).FirstAsync()));
    }

    [Fact]
    public async Task ScenarioPart_ShippedIsReadOnly_TheTeachersCopyIsEditedWithFrenchMessages()
    {
        var teacher = await app.AsAsync("prof.durand");
        var shipped = await app.ShippedScenarioAsync("saveurs-terroir");
        var readOnly = await teacher.GetDocumentAsync($"/jeu-de-role/scenarios/{shipped}");
        Assert.True(readOnly.QuerySelector("#jeu-scenario fieldset")!.HasAttribute("disabled"));
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.PostFormAsync($"/jeu-de-role/scenarios/{shipped}", new() { ["SwitchboardPercent"] = "100" })).StatusCode);

        var copy = await teacher.PostFormAsync($"/scenarios/{shipped}/copier", [], $"/scenarios/{shipped}");
        var copyId = int.Parse(copy.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["SwitchboardPercent"] = "50",
            ["AssistantPercent"] = "30",
            ["DecisionMakerPercent"] = "10",
            ["Motives"] = "S, A",
            ["Reachability"] = "Le matin vers 9 h",
            ["HiddenNeeds"] = "Réduire le gaspillage",
            ["BuyingSignals"] = "Demande un échantillon",
            ["AcceptanceTriggers"] = "Une dégustation",
            ["Suppliers"] = "Metro",
            ["BudgetMin"] = "1000",
            ["BudgetMax"] = "5000",
        };
        var refused = await teacher.PostFormAsync($"/jeu-de-role/scenarios/{copyId}", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("doivent faire 100\u202F% (elles font 90\u202F%)", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Réduire le gaspillage", page.QuerySelector("#HiddenNeeds")!.TextContent);

        fields["DecisionMakerPercent"] = "20";
        (await teacher.PostFormAsync($"/jeu-de-role/scenarios/{copyId}", fields)).AssertRedirectsTo($"/jeu-de-role/scenarios/{copyId}");
        var saved = await app.WithDbAsync(db => db.ScenarioRolePlays.AsNoTracking().FirstAsync(r => r.ScenarioId == copyId));
        Assert.Equal((50, 30, 20, "S, A", 1000m, 5000m), (saved.SwitchboardPercent, saved.AssistantPercent, saved.DecisionMakerPercent, saved.Motives, saved.BudgetMin, saved.BudgetMax));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/jeu-de-role/scenarios/{copyId}")).StatusCode);
    }

    [Fact]
    public async Task OutcomeProfile_MustAddUpTo100_OnlyTheClassTeacherSetsIt()
    {
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.WithDbAsync(async db => await db.Workspaces.Where(w => w.Id == db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve17").Select(m => m.WorkspaceId).First()).Select(w => w.ClassId).FirstAsync());
        var page = await teacher.GetDocumentAsync($"/jeu-de-role/classes/{classId}/profil");
        Assert.Equal(["12", "30", "15", "10", "33"], page.QuerySelectorAll("#profil input.form-control").Select(i => i.GetAttribute("value")!));

        var refused = await teacher.PostFormAsync($"/jeu-de-role/classes/{classId}/profil", new()
        {
            ["WrongNumber"] = "10",
            ["NoAnswer"] = "30",
            ["Gatekeeper"] = "15",
            ["DecisionMakerAbsent"] = "10",
            ["DecisionMakerReached"] = "33",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = await refused.TextAsync();
        Assert.Contains("Les cinq parts doivent faire 100\u202F% (elles font 98\u202F%).", text, StringComparison.Ordinal);
        Assert.Equal(12, await app.WithDbAsync(db => db.Classes.Where(c => c.Id == classId).Select(c => c.PracticeWrongNumberPercent).FirstAsync()));

        var other = await app.AsAsync("prof.martin");
        var token = await other.TokenAsync("/jeu-de-role");
        var forged = await other.PostAsync($"/jeu-de-role/classes/{classId}/profil", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["WrongNumber"] = "100",
            ["NoAnswer"] = "0",
            ["Gatekeeper"] = "0",
            ["DecisionMakerAbsent"] = "0",
            ["DecisionMakerReached"] = "0",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(12, await app.WithDbAsync(db => db.Classes.Where(c => c.Id == classId).Select(c => c.PracticeWrongNumberPercent).FirstAsync()));
    }
}
