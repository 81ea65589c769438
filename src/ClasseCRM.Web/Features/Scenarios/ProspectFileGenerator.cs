using System.Globalization;
using System.Text;
using Bogus;
using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Scenarios;

/// <summary>
/// Generates the prospect file handed out with a scenario: fictitious organisations (B2B) or individuals (B2C) in the
/// scenario's secteur — the communes within its radius of its home town (great-circle distance), so that a day of
/// visits is a loop a sales rep would drive; the départements only when it has no home town — with Luhn-valid SIRETs,
/// real commune names and postal codes (seeds/communes.csv), phone numbers in the ranges reserved for fiction, e-mail
/// addresses under .example, and for a business often the competitor it buys from today. The same seed gives the same file.
/// </summary>
public sealed class ProspectFileGenerator(SeedCatalog catalog, CommuneDirectory directory, TimeProvider clock)
{
    /// <summary>Share of organisations whose current supplier is known (the others have none recorded yet).</summary>
    private const double KnownSupplierShare = 0.7;

    // ARCEP reserves these blocks for fiction: no real subscriber can be reached.
    private static readonly string[] FictionPrefixes = ["01 99 00", "02 61 91", "03 53 58", "04 65 71", "05 36 49"];
    private const string MobileFictionPrefix = "06 39 98";

    private static readonly string[] Adjectives = ["Gourmet", "Petit Bouchon", "Comptoir", "Jardin", "Marché", "Canut", "Vieux Moulin", "Tilleul"];
    private static readonly string[] Sources = ["Fichier de l'entreprise", "Annuaire professionnel", "Salon", "Recommandation", "Site internet"];

    /// <summary>A seed that depends only on the class and the scenario, so a class always gets the same file.</summary>
    public static int SeedFor(int classId, int scenarioId) => unchecked((classId * 7919) + (scenarioId * 104729) + 17);

    public List<Prospect> Generate(Scenario scenario, int workspaceId, int seed)
    {
        var profile = catalog.FindScenario(scenario.SourceKey)?.Prospects;
        var faker = new Faker("fr") { Random = new Randomizer(seed) };
        var communes = Secteur(scenario).ToList();
        // Drawn apart, so the rest of the file (names, phones…) stays what it was for a given seed.
        var supplierRandom = new Randomizer(unchecked(seed * 31 + 7));
        var suppliers = profile?.CurrentSuppliers ?? [];
        var now = clock.GetUtcNow().UtcDateTime;
        var prospects = new List<Prospect>(scenario.ProspectCount);
        for (var i = 0; i < scenario.ProspectCount; i++)
        {
            var commune = faker.PickRandom(communes);
            var prospect = scenario.Market == Market.Business
                ? Organisation(faker, scenario, profile, commune)
                : Individual(faker, commune);
            prospect.WorkspaceId = workspaceId;
            prospect.Street = faker.Address.StreetAddress();
            prospect.PostalCode = commune.PostalCode;
            prospect.City = commune.Name;
            prospect.Department = commune.Department;
            prospect.Status = faker.Random.WeightedRandom([ProspectStatus.Suspect, ProspectStatus.Prospect, ProspectStatus.Client], [0.7f, 0.22f, 0.08f]);
            prospect.Potential = faker.Random.WeightedRandom([Potential.A, Potential.B, Potential.C], [0.2f, 0.3f, 0.5f]);
            prospect.Source = faker.PickRandom(profile?.Sources is { Count: > 0 } sources ? sources.ToArray() : Sources);
            prospect.CreatedAtUtc = now;
            prospect.LastContactAtUtc = prospect.Status == ProspectStatus.Suspect ? null : now.AddDays(-faker.Random.Int(20, 400));
            foreach (var contact in prospect.Contacts)
            {
                contact.WorkspaceId = workspaceId;
            }
            if (prospect.Kind == ProspectKind.Organisation && suppliers.Count > 0 && supplierRandom.Double() < KnownSupplierShare)
            {
                prospect.CurrentSupplier = suppliers[supplierRandom.Int(0, suppliers.Count - 1)];
            }
            prospect.NafSection = catalog.Naf.Find(prospect.NafCode)?.Section;
            prospect.RefreshSearchFields();
            prospects.Add(prospect);
        }
        return prospects;
    }

    /// <summary>
    /// Where the scenario's prospects live: the communes within its radius of its home town, else those of its
    /// départements, else the whole list.
    /// </summary>
    public IReadOnlyList<Commune> Secteur(Scenario scenario)
    {
        if (directory.Find(scenario.HomeTownCode) is { } home)
        {
            return directory.Within(home, scenario.RadiusKm);
        }
        var departments = Split(scenario.TargetDepartments);
        var communes = catalog.Communes.Where(c => departments.Count == 0 || departments.Contains(c.Department)).ToList();
        return communes.Count > 0 ? communes : catalog.Communes;
    }

    private static Prospect Organisation(Faker f, Scenario scenario, ProspectProfileSeed? profile, Commune commune)
    {
        var nafCodes = Split(scenario.TargetNafCodes);
        var segments = profile?.Segments ?? [];
        var naf = nafCodes.Count > 0 ? f.PickRandom(nafCodes) : segments.Count > 0 ? f.PickRandom(segments).NafCode : scenario.NafCode;
        var patterns = segments.FirstOrDefault(s => s.NafCode == naf)?.NamePatterns;
        var name = patterns is { Count: > 0 }
            ? FrenchElision.Apply(f.PickRandom(patterns)
                .Replace("{last}", FrenchNames.LastName(f.Name.LastName()), StringComparison.Ordinal)
                .Replace("{first}", FrenchNames.FirstName(f.Name.FirstName()), StringComparison.Ordinal)
                .Replace("{city}", commune.Name, StringComparison.Ordinal)
                .Replace("{adj}", f.PickRandom(Adjectives), StringComparison.Ordinal))
            : f.Company.CompanyName();
        var employees = profile?.Employees is [var min, var max] && max > 0 ? f.Random.Int(Math.Max(min, 1), max) : f.Random.Int(1, 50);
        var domain = Slug(name) + ".example";
        var prospect = new Prospect
        {
            Kind = ProspectKind.Organisation,
            Name = name,
            Siret = Siret(f),
            NafCode = naf,
            Employees = employees,
            Phone = FictionPhone(f, FictionPrefixFor(commune.Department)),
            Email = "contact@" + domain,
            Website = "https://www." + domain,
        };
        var roles = profile?.Contacts is { Count: > 0 } c ? c : [new ContactSeed("Gérant", ContactRole.DecisionMaker)];
        var count = Math.Min(roles.Count, f.Random.Int(1, 3));
        // The decision-maker comes first so that every organisation has one.
        var chosen = roles.Where(r => r.Role == ContactRole.DecisionMaker).Take(1)
            .Concat(f.Random.Shuffle(roles.Where(r => r.Role != ContactRole.DecisionMaker)))
            .Take(count);
        foreach (var role in chosen)
        {
            var female = f.Random.Bool();
            var first = FrenchNames.FirstName(f.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male));
            var last = FrenchNames.LastName(f.Name.LastName());
            prospect.Contacts.Add(new Contact
            {
                Civility = female ? Civility.Madame : Civility.Monsieur,
                FirstName = first,
                LastName = last,
                JobTitle = JobTitles.For(role.JobTitle, female ? Civility.Madame : Civility.Monsieur),
                Role = role.Role,
                Phone = FictionPhone(f, FictionPrefixFor(commune.Department)),
                Email = $"{Slug(first)}.{Slug(last)}@{domain}",
            });
        }
        return prospect;
    }

    private static Prospect Individual(Faker f, Commune commune)
    {
        var female = f.Random.Bool();
        var first = FrenchNames.FirstName(f.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male));
        var last = FrenchNames.LastName(f.Name.LastName());
        var email = $"{Slug(first)}.{Slug(last)}@particulier.example";
        var phone = FictionPhone(f, MobileFictionPrefix);
        var prospect = new Prospect
        {
            Kind = ProspectKind.Individual,
            Name = $"{last} {first}",
            Phone = phone,
            Email = email,
            // Since 11 August 2026 individuals may be phoned only with their prior consent (DOMAIN.md).
            PhoneConsent = f.Random.Bool(0.4f),
            EmailConsent = f.Random.Bool(0.6f),
            PhoneOpposition = f.Random.Bool(0.05f),
            EmailOpposition = f.Random.Bool(0.05f),
        };
        prospect.Contacts.Add(new Contact
        {
            Civility = female ? Civility.Madame : Civility.Monsieur,
            FirstName = first,
            LastName = last,
            JobTitle = "Propriétaire",
            Role = ContactRole.DecisionMaker,
            Phone = phone,
            Email = email,
        });
        return prospect;
    }

    private static string Siret(Faker f)
    {
        var siren = Identifiers.CompleteWithLuhnDigit(f.Random.Int(1, 9).ToString(CultureInfo.InvariantCulture) + f.Random.ReplaceNumbers("#######"));
        return Identifiers.CompleteWithLuhnDigit(siren + "0001");
    }

    private static string FictionPrefixFor(string department) => department switch
    {
        "75" or "77" or "78" or "91" or "92" or "93" or "94" or "95" => FictionPrefixes[0],
        "14" or "18" or "22" or "27" or "28" or "29" or "35" or "36" or "37" or "41" or "44" or "45" or "49" or "50" or "53" or "56" or "61" or "72" or "76" or "85" => FictionPrefixes[1],
        "01" or "03" or "07" or "26" or "38" or "42" or "43" or "63" or "69" or "73" or "74" or "04" or "05" or "06" or "13" or "83" or "84" or "2A" or "2B" or "11" or "30" or "34" or "48" or "66" => FictionPrefixes[3],
        "09" or "12" or "16" or "17" or "19" or "23" or "24" or "31" or "32" or "33" or "40" or "46" or "47" or "64" or "65" or "79" or "81" or "82" or "86" or "87" => FictionPrefixes[4],
        _ => FictionPrefixes[2],
    };

    private static string FictionPhone(Faker f, string prefix) => $"{prefix} {f.Random.Int(0, 99):00} {f.Random.Int(0, 99):00}";

    private static List<string> Split(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Lower-case ASCII letters and digits with single dashes, for e-mail addresses and domains.</summary>
    public static string Slug(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }
}
