using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Operations;

/// <summary>The usual cost lines proposed by channel, confirmed by the student; the class's rate per km set by the teacher.</summary>
public sealed partial class CostSuggestionTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    private static Dictionary<string, (string Quantity, string UnitCost)> Suggestions(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#suggestions-couts tbody tr").ToDictionary(
            r => r.Children[0].FirstChild!.TextContent.Trim(),
            r => (r.QuerySelector("input[name=Quantity]")?.GetAttribute("value") ?? "déjà saisi", r.QuerySelector("input[name=UnitCost]")?.GetAttribute("value") ?? ""));

    private static async Task<Dictionary<string, string>> RatioSettingsAsync(HttpClient teacher, int classId)
    {
        var settings = await teacher.GetDocumentAsync($"/classes/{classId}/ratios");
        return settings.QuerySelectorAll("form[action$='/ratios'] select, form[action$='/ratios'] input[name]")
            .Where(e => e.GetAttribute("name") is { } n && n != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.TagName == "SELECT" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")!.GetAttribute("value")! : e.GetAttribute("value") ?? "");
    }

    [GeneratedRegex(@"boucle de ([\d,]+)\u00A0km")]
    private static partial Regex LoopKm();

    [Fact]
    public async Task Tour_TravelIsTheTourKilometresTimesTheClassRate_ConfirmedByTheStudent()
    {
        var teacher = await app.AsAsync("prof.martin");
        var classId = await app.ClassOfAsync("prof.martin");
        var fields = await RatioSettingsAsync(teacher, classId);
        fields["KilometreRate"] = "0,5";
        (await teacher.PostFormAsync($"/classes/{classId}/ratios", fields)).AssertRedirectsTo($"/classes/{classId}");

        var client = await app.AsAsync("eleve1");
        var ws = await app.WorkspaceOfAsync("eleve1");
        var tour = await app.WithDbAsync(db => db.Operations.Where(o => o.WorkspaceId == ws && o.Channel == Web.Domain.Contacting.Channel.Visit).Select(o => o.Id).FirstAsync());
        var tourPage = await client.GetDocumentAsync($"/operations/{tour}/tournee");
        var km = LoopKm().Matches(tourPage.Text()).Sum(m => decimal.Parse(m.Groups[1].Value, Fr));
        Assert.True(km > 0);

        var page = await client.GetDocumentAsync($"/operations/{tour}");
        var travel = Suggestions(page)["Déplacements (km de la tournée)"];
        Assert.Equal(Math.Round(km, 1).ToString("0.###", Fr), travel.Quantity);
        Assert.Equal("0,50", travel.UnitCost);

        (await client.PostFormAsync($"/operations/{tour}/couts", new()
        {
            ["Label"] = "Déplacements (km de la tournée)", ["IsVariable"] = "true", ["Quantity"] = travel.Quantity, ["UnitCost"] = travel.UnitCost,
        }, $"/operations/{tour}")).AssertRedirectsTo($"/operations/{tour}");

        Assert.Equal("déjà saisi", Suggestions(await client.GetDocumentAsync($"/operations/{tour}"))["Déplacements (km de la tournée)"].Quantity);
        var cost = await app.WithDbAsync(db => db.OperationCosts.Where(c => c.OperationId == tour).ToListAsync());
        Assert.Equal(Math.Round(Math.Round(km, 1) * 0.5m, 2, MidpointRounding.AwayFromZero), Assert.Single(cost).Amount);
    }

    [Fact]
    public async Task Phoning_OneCommunicationPerCallLogged_OnlyTheStudentSeesSuggestions()
    {
        var ws = await app.WorkspaceOfAsync("eleve3");
        var (phoning, calls) = await app.WithDbAsync(async db =>
        {
            var id = await db.Operations.Where(o => o.WorkspaceId == ws && o.Channel == Web.Domain.Contacting.Channel.Phone).Select(o => o.Id).FirstAsync();
            return (id, await db.CallLogs.CountAsync(c => c.OperationId == id));
        });
        var student = await (await app.AsAsync("eleve3")).GetDocumentAsync($"/operations/{phoning}");
        Assert.Equal((calls.ToString(Fr), "0,10"), Suggestions(student)["Communications (par appel)"]);
        Assert.False(Suggestions(student).ContainsKey("Affranchissement (par pli)"));

        var results = await (await app.AsAsync("eleve3")).GetDocumentAsync($"/operations/{phoning}/resultats");
        Assert.Contains("coûts non saisis", results.QuerySelector("#couts")!.TextContent);
        Assert.NotNull(results.QuerySelector($"#couts-non-saisis a[href='/operations/{phoning}#couts']"));

        var teacher = await (await app.AsAsync("prof.martin")).GetDocumentAsync($"/operations/{phoning}");
        Assert.Null(teacher.QuerySelector("#suggestions-couts"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("eleve4")).GetAsync($"/operations/{phoning}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.durand")).GetAsync($"/operations/{phoning}?espace={ws}")).StatusCode);
    }

    [Fact]
    public async Task KilometreRate_BadInput_FrenchMessageAndTypedValueKept_OtherTeacher404()
    {
        var teacher = await app.AsAsync("prof.durand");
        var classId = await app.ClassOfAsync("prof.durand");
        var fields = await RatioSettingsAsync(teacher, classId);
        fields["KilometreRate"] = "9";
        var response = await teacher.PostFormAsync($"/classes/{classId}/ratios", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Un taux entre 0 et 5 € par kilomètre.", page.Text());
        Assert.Equal("9", page.QuerySelector("input[name=KilometreRate]")!.GetAttribute("value"));
        Assert.Equal(0.636m, await app.WithDbAsync(db => db.Classes.Where(c => c.Id == classId).Select(c => c.KilometreRate).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).PostFormAsync($"/classes/{classId}/ratios", fields, "/classes")).StatusCode);
    }
}
