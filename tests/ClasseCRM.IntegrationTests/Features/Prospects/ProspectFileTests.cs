using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Prospects;

/// <summary>The prospect file through HTTP: list, search, filters, paging, create, validation, duplicates, RGPD.</summary>
public sealed class ProspectFileTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly Dictionary<string, string> Valid = new()
    {
        ["Kind"] = "Organisation",
        ["Name"] = "Cabinet Hélène Test",
        ["Siret"] = "732 829 320 00074",
        ["NafCode"] = "69.20z",
        ["Employees"] = "12",
        ["Street"] = "4 rue de Brest",
        ["PostalCode"] = "35000",
        ["City"] = "Rennes",
        ["Phone"] = "0299123456",
        ["Email"] = "accueil@cabinet-helene.example",
        ["Status"] = "Prospect",
        ["Potential"] = "A",
        ["ContactCivility"] = "Madame",
        ["ContactLastName"] = "Lemaître",
        ["ContactFirstName"] = "Zoé",
        ["ContactJobTitle"] = "Gérante",
        ["ContactRole"] = "DecisionMaker",
        ["ContactPhone"] = "06 12 34 56 78",
        ["ContactEmail"] = "zoe@cabinet-helene.example",
    };

    private static Dictionary<string, string> With(params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(Valid);
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }
        return fields;
    }

    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task List_PagesTheWorkspacesFortyFiches_OnlyThem()
    {
        var client = await app.AsAsync("eleve1");
        var workspace = await app.WorkspaceOfAsync("eleve1");

        var first = await client.GetDocumentAsync("/prospects");
        var second = await client.GetDocumentAsync("/prospects?page=2");

        Assert.Contains("40 fiches", first.Text());
        Assert.Equal(25, Names(first).Count);
        Assert.Equal(15, Names(second).Count);
        var expected = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == workspace).OrderBy(p => p.NameKey).ThenBy(p => p.Id).Select(p => p.Name).ToListAsync());
        Assert.Equal(expected, Names(first).Concat(Names(second)).ToList());
    }

    [Fact]
    public async Task Search_IgnoresAccentsAndFindsContactsTownsAndPhones()
    {
        var client = await app.AsAsync("eleve2");
        var workspace = await app.WorkspaceOfAsync("eleve2");
        var sample = await app.WithDbAsync(db => db.Prospects.Include(p => p.Contacts).Where(p => p.WorkspaceId == workspace && p.Contacts.Any()).OrderBy(p => p.Id).FirstAsync());
        var contact = sample.Contacts[0];

        var byContact = Names(await client.GetDocumentAsync("/prospects?q=" + Uri.EscapeDataString(TextFolding.Fold(contact.LastName).ToUpperInvariant())));
        var byPhone = Names(await client.GetDocumentAsync("/prospects?q=" + Uri.EscapeDataString(sample.Phone!.Replace(" ", ".", StringComparison.Ordinal))));
        var byTown = await client.GetDocumentAsync("/prospects?q=" + Uri.EscapeDataString(TextFolding.Fold(sample.City)));

        Assert.Contains(sample.Name, byContact);
        Assert.Contains(sample.Name, byPhone);
        var townCount = await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == workspace && p.SearchText.Contains(TextFolding.Fold(sample.City))));
        Assert.Contains(townCount > 1 ? $"{townCount} fiches" : $"{townCount} fiche", byTown.Text());
        Assert.Contains("0 fiche", (await client.GetDocumentAsync("/prospects?q=zzzzintrouvable")).Text());
    }

    [Fact]
    public async Task Filters_MatchTheDatabase()
    {
        var client = await app.AsAsync("eleve3");
        var ws = await app.WorkspaceOfAsync("eleve3");
        var now = DateTime.UtcNow;

        async Task<int> Shown(string query) => int.Parse(System.Text.RegularExpressions.Regex.Match((await client.GetDocumentAsync("/prospects?" + query)).Text(), @"(\d+) fiches?\b").Groups[1].Value);

        Assert.Equal(await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Prospect)), await Shown("statut=Prospect"));
        Assert.Equal(await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Potential == Potential.A)), await Shown("potentiel=A"));
        Assert.Equal(await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Department == "35")), await Shown("dept=35"));
        Assert.Equal(await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.NafSection == "M")), await Shown("section=M"));
        var limit = now.AddDays(-30);
        Assert.Equal(await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && (p.LastContactAtUtc == null || p.LastContactAtUtc < limit))), await Shown("sansContact=30"));
        Assert.Equal(1, await Shown("opposition=true"));
        Assert.Equal(1, await Shown("rgpd=true"));
        Assert.Equal(await app.WithDbAsync(db => db.Prospects.CountAsync(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Prospect && p.Potential == Potential.A)), await Shown("statut=Prospect&potentiel=A"));
    }

    [Fact]
    public async Task Sort_ByTownDescending()
    {
        var client = await app.AsAsync("eleve4");
        var ws = await app.WorkspaceOfAsync("eleve4");

        var page = await client.GetDocumentAsync("/prospects?tri=ville&desc=true");

        var towns = page.QuerySelectorAll("tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()).ToList();
        var expected = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderByDescending(p => p.City).ThenByDescending(p => p.Id).Take(25).Select(p => p.PostalCode + " " + p.City).ToListAsync());
        Assert.Equal(expected, towns);
    }

    [Fact]
    public async Task Create_ValidOrganisation_SavedWithContactNormalisedPhoneAndTimeline()
    {
        var client = await app.AsAsync("eleve5");

        var response = await client.PostFormAsync("/prospects/nouveau", Valid);

        response.AssertRedirectsTo("/prospects/");
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var text = page.Text();
        Assert.Contains("Cabinet Hélène Test", text);
        Assert.Contains("02 99 12 34 56", text);
        Assert.Contains("69.20Z — Activités comptables", text);
        Assert.Contains("Zoé Lemaître", text);
        Assert.Contains("Fiche créée.", text);
        var saved = await app.WithDbAsync(db => db.Prospects.Include(p => p.Contacts).SingleAsync(p => p.Name == "Cabinet Hélène Test"));
        Assert.Equal("73282932000074", saved.Siret);
        Assert.Equal("35", saved.Department);
        Assert.Equal("M", saved.NafSection);
        Assert.Equal(12, saved.Employees);
        Assert.Equal("06 12 34 56 78", saved.Contacts.Single().Phone);
        Assert.Equal(await app.WorkspaceOfAsync("eleve5"), saved.Contacts.Single().WorkspaceId);
        Assert.Contains("Cabinet Hélène Test", Names(await client.GetDocumentAsync("/prospects?q=lemaitre")));
    }

    [Fact]
    public async Task Create_BadInput_FrenchMessagesNextToFields_TypedTextKept_NothingSaved()
    {
        var client = await app.AsAsync("eleve6");
        var before = await app.WithDbAsync(db => db.Prospects.CountAsync());

        var response = await client.PostFormAsync("/prospects/nouveau", With(
            ("Name", "Entreprise Fautive"), ("Siret", "73282932000075"), ("NafCode", "99.99X"), ("PostalCode", "3500"),
            ("Phone", "12 34"), ("Email", "pas@arobase"), ("Employees", "douze"), ("ContactEmail", "zoe@")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        string FieldError(string field) => page.QuerySelector($"span[data-valmsg-for='{field}']")!.TextContent;
        Assert.Contains("clé de contrôle (Luhn)", FieldError("Siret"));
        Assert.Contains("n'est pas un code NAF", FieldError("NafCode"));
        Assert.Contains("n'est pas un code postal français", FieldError("PostalCode"));
        Assert.Contains("n'est pas un numéro de téléphone valide", FieldError("Phone"));
        Assert.Contains("n'est pas une adresse e-mail valide", FieldError("Email"));
        Assert.Contains("nombre entier", FieldError("Employees"));
        Assert.Contains("n'est pas une adresse e-mail valide", FieldError("ContactEmail"));
        Assert.Equal("73282932000075", page.QuerySelector("input[name=Siret]")!.GetAttribute("value"));
        Assert.Equal("douze", page.QuerySelector("input[name=Employees]")!.GetAttribute("value"));
        Assert.Equal("12 34", page.QuerySelector("input[name=Phone]")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Prospects.CountAsync()));
    }

    [Fact]
    public async Task Create_LaPosteSiret_IsAccepted()
    {
        var client = await app.AsAsync("eleve7");

        var response = await client.PostFormAsync("/prospects/nouveau", With(("Name", "La Poste Rennes Colombier"), ("Siret", "35600000000015"),
            ("NafCode", "53.10Z"), ("Phone", "02 99 00 11 22"), ("Email", "colombier@laposte.example"), ("ContactEmail", "chef@laposte.example"), ("ContactPhone", "06 11 22 33 44")));

        response.AssertRedirectsTo("/prospects/");
    }

    [Fact]
    public async Task Create_Duplicate_IsWarnedWithLink_ThenSavedWhenConfirmed()
    {
        var client = await app.AsAsync("eleve8");
        var ws = await app.WorkspaceOfAsync("eleve8");
        var existing = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Siret != null).OrderBy(p => p.Id).FirstAsync());
        var fields = With(("Name", "Autre nom"), ("Siret", existing.Siret!), ("Phone", "02 98 76 54 32"), ("Email", "autre@x.example"),
            ("ContactEmail", "autre.contact@x.example"), ("ContactPhone", "06 98 76 54 32"));

        var warned = await client.PostFormAsync("/prospects/nouveau", fields);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var page = await warned.ReadDocumentAsync();
        Assert.Contains("ressemble à une fiche existante", page.Text());
        Assert.Contains("même SIRET", page.Text());
        Assert.NotNull(page.QuerySelector($"a[href='/prospects/{existing.Id}']"));
        Assert.False(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.Name == "Autre nom")));

        fields["ConfirmDuplicate"] = "true";
        (await client.PostFormAsync("/prospects/nouveau", fields)).AssertRedirectsTo("/prospects/");
        Assert.True(await app.WithDbAsync(db => db.Prospects.AnyAsync(p => p.Name == "Autre nom")));
    }

    [Fact]
    public async Task Create_SameNameAndPostalCodeWithOtherAccents_IsADuplicate()
    {
        var client = await app.AsAsync("eleve9");
        var ws = await app.WorkspaceOfAsync("eleve9");
        var existing = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).FirstAsync());

        var response = await client.PostFormAsync("/prospects/nouveau", With(("Name", existing.Name.ToUpperInvariant()), ("PostalCode", existing.PostalCode),
            ("City", existing.City), ("Siret", ""), ("Phone", ""), ("Email", ""), ("ContactEmail", ""), ("ContactPhone", "")));

        Assert.Contains("même nom et même code postal", await response.TextAsync());
    }

    [Fact]
    public async Task QuickStatus_NotesAndEdit_AreRecordedOnTheTimeline()
    {
        var client = await app.AsAsync("eleve10");
        var ws = await app.WorkspaceOfAsync("eleve10");
        var id = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws && p.Status == ProspectStatus.Suspect).Select(p => p.Id).FirstAsync());

        await client.PostFormAsync($"/prospects/{id}/statut", new() { ["statut"] = "Client", ["potentiel"] = "A" }, formPage: $"/prospects/{id}");
        await client.PostFormAsync($"/prospects/{id}/notes", new() { ["texte"] = "Commande de 3 copieurs en vue." }, formPage: $"/prospects/{id}");

        var text = (await client.GetDocumentAsync($"/prospects/{id}")).Text();
        Assert.Contains("Statut : Suspect → Client", text);
        Assert.Contains("Commande de 3 copieurs en vue.", text);
        var saved = await app.WithDbAsync(db => db.Prospects.SingleAsync(p => p.Id == id));
        Assert.Equal(ProspectStatus.Client, saved.Status);
        Assert.Equal(Potential.A, saved.Potential);
    }

    [Fact]
    public async Task Contacts_AddEditDelete_WithValidation()
    {
        var client = await app.AsAsync("eleve11");
        var ws = await app.WorkspaceOfAsync("eleve11");
        var id = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == ws).Select(p => p.Id).FirstAsync());

        var bad = await client.PostFormAsync($"/prospects/{id}/contacts/nouveau", new() { ["LastName"] = "", ["Phone"] = "abc" });
        Assert.Contains("Le nom de l'interlocuteur est obligatoire.", await bad.TextAsync());

        (await client.PostFormAsync($"/prospects/{id}/contacts/nouveau", new() { ["Civility"] = "Monsieur", ["LastName"] = "Prescot", ["FirstName"] = "Paul", ["JobTitle"] = "Comptable", ["Role"] = "Payer", ["Phone"] = "0611223344" }))
            .AssertRedirectsTo($"/prospects/{id}");
        var contact = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.ProspectId == id && c.LastName == "Prescot"));
        Assert.Equal(ContactRole.Payer, contact.Role);
        Assert.Equal("06 11 22 33 44", contact.Phone);
        Assert.Contains("prescot", await app.WithDbAsync(db => db.Prospects.Where(p => p.Id == id).Select(p => p.SearchText).SingleAsync()));

        (await client.PostFormAsync($"/prospects/{id}/contacts/{contact.Id}/supprimer", new(), formPage: $"/prospects/{id}")).AssertRedirectsTo($"/prospects/{id}");
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == contact.Id)));
    }

    [Fact]
    public async Task Opposition_BlocksTheEmailChannelInTheMailbox()
    {
        var client = await app.AsAsync("eleve12");
        var ws = await app.WorkspaceOfAsync("eleve12");
        var target = await app.WithDbAsync(db => db.Prospects.Include(p => p.Contacts).Where(p => p.WorkspaceId == ws && !p.EmailOpposition && p.Contacts.Any(c => c.Email != null)).OrderBy(p => p.Id).FirstAsync());
        var email = target.Contacts.First(c => c.Email != null).Email!;
        Assert.Contains(email, (await client.GetDocumentAsync("/messagerie/nouveau")).Text());

        await client.PostFormAsync($"/prospects/{target.Id}/opposition", new() { ["email"] = "true" }, formPage: $"/prospects/{target.Id}");

        Assert.DoesNotContain(email, (await client.GetDocumentAsync("/messagerie/nouveau")).Text());
        Assert.Contains("Opposition enregistrée : e-mail.", (await client.GetDocumentAsync($"/prospects/{target.Id}")).Text());
        Assert.Contains(target.Name, Names(await client.GetDocumentAsync("/prospects?opposition=true")));
    }

    [Fact]
    public async Task PersonalDataExport_ThenAnonymise_KeepsTheRowForFigures()
    {
        var client = await app.AsAsync("eleve13");
        var ws = await app.WorkspaceOfAsync("eleve13");
        var target = await app.WithDbAsync(db => db.Prospects.Include(p => p.Contacts).Where(p => p.WorkspaceId == ws).OrderBy(p => p.Id).FirstAsync());

        var export = await client.GetAsync($"/prospects/{target.Id}/donnees");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains(target.Name, json);
        Assert.Contains(target.Contacts[0].LastName, json);

        (await client.PostFormAsync($"/prospects/{target.Id}/anonymiser", new(), formPage: $"/prospects/{target.Id}")).AssertRedirectsTo($"/prospects/{target.Id}");

        var after = await app.WithDbAsync(db => db.Prospects.Include(p => p.Contacts).SingleAsync(p => p.Id == target.Id));
        Assert.True(after.IsAnonymised);
        Assert.Equal($"Fiche anonymisée n° {target.Id}", after.Name);
        Assert.Null(after.Phone);
        Assert.Null(after.Email);
        Assert.All(after.Contacts, c => Assert.Equal("Anonyme", c.LastName));
        Assert.Equal(target.Status, after.Status);
        Assert.Equal(target.PostalCode, after.PostalCode);
        Assert.DoesNotContain(TextFolding.Fold(target.Name), after.SearchText);
    }

    [Fact]
    public async Task Search_ManyMatches_InNameOrderOnEveryPage_OnlyThisWorkspace()
    {
        var client = await app.AsAsync("eleve3");
        var own = await app.WorkspaceOfAsync("eleve3");
        var other = await app.WorkspaceOfAsync("eleve4");
        // 260 fiches named with the same word, created in an order unrelated to their names, and some in another workspace.
        await app.WithDbAsync(async db =>
        {
            foreach (var (ws, count) in new[] { (own, 260), (other, 30) })
            {
                for (var i = 0; i < count; i++)
                {
                    var p = new Prospect { WorkspaceId = ws, Kind = ProspectKind.Organisation, Name = $"Tartempion {(i * 7919) % 1000:D3}", PostalCode = "35000", City = "Rennes", Department = "35", Status = i % 2 == 0 ? ProspectStatus.Prospect : ProspectStatus.Suspect };
                    p.RefreshSearchFields();
                    db.Prospects.Add(p);
                }
            }
            return await db.SaveChangesAsync();
        });
        var expected = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == own && p.Name.StartsWith("Tartempion")).OrderBy(p => p.NameKey).ThenBy(p => p.Id).Select(p => p.Name).ToListAsync());

        var pages = new List<string>();
        for (var page = 1; page <= 11; page++)
        {
            var document = await client.GetDocumentAsync($"/prospects?q=tartempion&page={page}");
            if (page == 1)
            {
                Assert.Contains("Plus de 200 fiches", document.Text());
            }
            pages.AddRange(Names(document));
        }
        Assert.Equal(expected, pages);

        // With a filter as well: the prospects among them, still in name order.
        var prospects = Names(await client.GetDocumentAsync("/prospects?q=tartempion&statut=Prospect"));
        var expectedProspects = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == own && p.Name.StartsWith("Tartempion") && p.Status == ProspectStatus.Prospect)
            .OrderBy(p => p.NameKey).ThenBy(p => p.Id).Select(p => p.Name).Take(25).ToListAsync());
        Assert.Equal(expectedProspects, prospects);
    }

    [Fact]
    public async Task Search_NeverLeavesTheWorkspace()
    {
        var client = await app.AsAsync("eleve1");
        var own = await app.WorkspaceOfAsync("eleve1");
        var other = await app.WorkspaceOfAsync("eleve13");
        var ownNames = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == own).Select(p => p.NameKey).ToListAsync());
        var foreign = await app.WithDbAsync(db => db.Prospects.Where(p => p.WorkspaceId == other).Select(p => p.Name).ToListAsync());
        var onlyThere = foreign.First(n => !ownNames.Any(o => o.Contains(TextFolding.Fold(n).Split(' ').Last(), StringComparison.Ordinal)));

        var page = await client.GetDocumentAsync("/prospects?q=" + Uri.EscapeDataString(onlyThere));

        Assert.Contains("0 fiche", page.Text());
        Assert.DoesNotContain(onlyThere, page.Text());
    }
}
