using System.Net;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Scenarios;

public sealed class ScenariosTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<int> CopyAsync(HttpClient client, string key)
    {
        var shipped = await app.ShippedScenarioAsync(key);
        var response = await client.PostFormAsync($"/scenarios/{shipped}/copier", new(), formPage: "/scenarios");
        response.AssertRedirectsTo("/scenarios/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    [Fact]
    public async Task Index_ListsTheThreeShippedScenarios_B2BAndB2C()
    {
        var client = await app.AsAsync("prof.martin");

        var page = await client.GetDocumentAsync("/scenarios");

        var text = page.Text();
        Assert.Contains("Bureau Ouest Équipement", text);
        Assert.Contains("Saveurs du Terroir Pro", text);
        Assert.Contains("Habitat Confort Sud", text);
        var markets = page.QuerySelectorAll("tbody tr td:nth-child(4)").Select(td => td.TextContent).ToList();
        Assert.Contains("B2B", markets);
        Assert.Contains("B2C", markets);
    }

    [Fact]
    public async Task Details_ShowsCatalogueNegotiationRoomAndVatNumber()
    {
        var client = await app.AsAsync("prof.martin");
        var id = await app.ShippedScenarioAsync("bureau-ouest");

        var text = (await client.GetDocumentAsync($"/scenarios/{id}")).Text();

        Assert.Contains("Copieur multifonction A4 noir et blanc 30 ppm", text);
        Assert.Contains("1\u00A0490,00\u00A0€", text);
        Assert.Contains("10,0\u202F%", text);
        // SIREN 812345676: 812345676 mod 97 = 67 → key (12 + 201) mod 97 = 19.
        Assert.Contains("FR19812345676", text);
        Assert.Contains("C'est trop cher.", text);
    }

    [Fact]
    public async Task Shipped_CannotBeEdited_CopyCan()
    {
        var client = await app.AsAsync("prof.martin");
        var shipped = await app.ShippedScenarioAsync("saveurs-terroir");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/scenarios/{shipped}/modifier")).StatusCode);
        var copy = await CopyAsync(client, "saveurs-terroir");
        var form = await client.GetDocumentAsync($"/scenarios/{copy}/modifier");

        Assert.Equal("Saveurs du Terroir Pro", form.QuerySelector("input[name=CompanyName]")!.GetAttribute("value"));
        var products = await app.WithDbAsync(db => db.ScenarioProducts.CountAsync(p => p.ScenarioId == copy));
        Assert.Equal(6, products);
    }

    [Fact]
    public async Task Edit_SavesIdentityCatalogueAndNegotiationRoom()
    {
        var client = await app.AsAsync("prof.martin");
        var copy = await CopyAsync(client, "bureau-ouest");
        var form = await client.GetDocumentAsync($"/scenarios/{copy}/modifier");
        var fields = form.QuerySelectorAll("form[action$='modifier'] input, form[action$='modifier'] textarea, form[action$='modifier'] select")
            .Where(e => e.GetAttribute("name") is { } n && n != "__RequestVerificationToken" && e.GetAttribute("type") != "checkbox")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.TagName == "SELECT"
                ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : e.TagName == "TEXTAREA" ? e.TextContent : e.GetAttribute("value") ?? "");
        fields["CompanyName"] = "Bureau Ouest Services";
        fields["MaxDiscountPercent"] = "7,5";
        fields["Products[0].PriceExclVat"] = "1 390,00";
        fields["Products[6].Reference"] = "ENC-XL";
        fields["Products[6].Designation"] = "Cartouche d'encre XL";
        fields["Products[6].PriceExclVat"] = "49.90";
        fields["Products[6].PurchaseCostExclVat"] = "21,30";
        fields["Products[6].VatPercent"] = "20";
        fields["Products[6].MaxDiscountPercent"] = "5";
        fields["Products[1].Delete"] = "true";

        var response = await client.PostFormAsync($"/scenarios/{copy}/modifier", fields);

        response.AssertRedirectsTo($"/scenarios/{copy}");
        var saved = await app.WithDbAsync(db => db.Scenarios.Include(s => s.Products).SingleAsync(s => s.Id == copy));
        Assert.Equal("Bureau Ouest Services", saved.CompanyName);
        Assert.Equal(0.075m, saved.MaxDiscountRate);
        Assert.Equal(6, saved.Products.Count);
        Assert.Equal(1390.00m, saved.Products.Single(p => p.Reference == "CPR-A4N").PriceExclVat);
        Assert.DoesNotContain(saved.Products, p => p.Reference == "CPR-A3C");
        var ink = saved.Products.Single(p => p.Reference == "ENC-XL");
        Assert.Equal(49.90m, ink.PriceExclVat);
        Assert.Equal(0.20m, ink.VatRate);
        Assert.Equal(0.05m, ink.MaxDiscountRate);
    }

    [Fact]
    public async Task Edit_BadInput_FrenchMessagesAndTypedTextKept_NothingSaved()
    {
        var client = await app.AsAsync("prof.martin");
        var copy = await CopyAsync(client, "habitat-confort");

        var response = await client.PostFormAsync($"/scenarios/{copy}/modifier", new()
        {
            ["Title"] = "Mon scénario",
            ["CompanyName"] = "Habitat Confort Nord",
            ["Siren"] = "123456789",
            ["MaxDiscountPercent"] = "douze",
            ["DeliveryLeadTimeDays"] = "21",
            ["Products[0].Designation"] = "Fenêtre test",
            ["Products[0].PriceExclVat"] = "100",
            ["Products[0].PurchaseCostExclVat"] = "150",
            ["Products[0].VatPercent"] = "19",
        }, formPage: $"/scenarios/{copy}/modifier");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var text = page.Text();
        Assert.Contains("Le SIREN doit compter 9 chiffres et passer la clé de contrôle (Luhn).", text);
        Assert.Contains("« douze » n'est pas un nombre", text);
        Assert.Contains("le coût d'achat dépasse le prix de vente", text);
        Assert.Contains("le taux de TVA doit être 20, 10, 5,5 ou 2,1 %", text);
        Assert.Equal("douze", page.QuerySelector("input[name=MaxDiscountPercent]")!.GetAttribute("value"));
        Assert.Equal("Habitat Confort Nord", page.QuerySelector("input[name=CompanyName]")!.GetAttribute("value"));
        Assert.Equal("Habitat Confort Sud", await app.WithDbAsync(db => db.Scenarios.Where(s => s.Id == copy).Select(s => s.CompanyName).SingleAsync()));
    }

    [Fact]
    public async Task OtherTeachersCopy_Is404ForReadEditAndCopy()
    {
        var martin = await app.AsAsync("prof.martin");
        var durand = await app.AsAsync("prof.durand");
        var copy = await CopyAsync(martin, "bureau-ouest");

        Assert.Equal(HttpStatusCode.NotFound, (await durand.GetAsync($"/scenarios/{copy}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await durand.GetAsync($"/scenarios/{copy}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await durand.PostFormAsync($"/scenarios/{copy}/copier", new(), formPage: "/scenarios")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await durand.PostFormAsync($"/scenarios/{copy}/modifier", new() { ["Title"] = "Volé", ["CompanyName"] = "X", ["Siren"] = "812345676" }, formPage: "/scenarios")).StatusCode);
        Assert.DoesNotContain("(copie)", (await durand.GetDocumentAsync("/scenarios")).Text());
    }

    [Fact]
    public async Task Student_ReadsOwnCompany_NotAnotherTeachersCopy()
    {
        var student = await app.AsAsync("eleve1");
        var martin = await app.AsAsync("prof.martin");
        var own = await app.WithDbAsync(db => db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve1").Select(m => m.Workspace!.ScenarioId).FirstAsync());
        var copy = await CopyAsync(martin, "saveurs-terroir");

        Assert.Equal(HttpStatusCode.OK, (await student.GetAsync($"/scenarios/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync($"/scenarios/{copy}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync($"/scenarios/{own}/modifier")).StatusCode);
    }

    [Fact]
    public async Task Edit_Siret_PassesLuhnAndStartsWithTheSiren_TypedValueKept()
    {
        var client = await app.AsAsync("prof.martin");
        var copy = await CopyAsync(client, "bureau-ouest");
        var form = await client.GetDocumentAsync($"/scenarios/{copy}/modifier");
        Assert.Equal("81234567600017", form.QuerySelector("input[name=Siret]")!.GetAttribute("value"));
        var fields = new Dictionary<string, string> { ["Title"] = "Copie", ["CompanyName"] = "Bureau Ouest Équipement", ["Siren"] = "812345676", ["Siret"] = "81234567600018", ["HomeTown"] = "Rennes (35)" };

        var badKey = await (await client.PostFormAsync($"/scenarios/{copy}/modifier", fields)).ReadDocumentAsync();
        fields["Siret"] = "52398761800015";
        var otherSiren = await (await client.PostFormAsync($"/scenarios/{copy}/modifier", fields)).TextAsync();
        fields["Siret"] = "812 345 676 00025";
        fields["VatOnDebits"] = "true";
        var saved = await client.PostFormAsync($"/scenarios/{copy}/modifier", fields);

        Assert.Contains("Le SIRET doit compter 14 chiffres et passer la clé de contrôle (Luhn).", badKey.Text());
        Assert.Equal("81234567600018", badKey.QuerySelector("input[name=Siret]")!.GetAttribute("value"));
        Assert.Contains("Le SIRET commence par le SIREN de l'entreprise", otherSiren);
        saved.AssertRedirectsTo($"/scenarios/{copy}");
        var scenario = await app.WithDbAsync(db => db.Scenarios.SingleAsync(s => s.Id == copy));
        Assert.Equal(("81234567600025", true), (scenario.Siret, scenario.VatOnDebits));
        Assert.Contains("81234567600025", (await client.GetDocumentAsync($"/scenarios/{copy}")).Text());
    }
}
