using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Search;

namespace ClasseCRM.UnitTests.Domain.Search;

public sealed class MatchedFieldsTests
{
    private static readonly ProspectSearchFields Fiche = new(
        1, ProspectKind.Organisation, "Fabre & Associés", "Ploufragan", "22440", "accueil@cabinet-fb.fr", "02 96 11 22 33", null,
        "Intéressé par la gamme bureautique",
        [new ContactSearchFields("Marie", "Le Roux", "mlr@cabinet-fb.fr", "06 12 34 56 78")]);

    [Theory]
    [InlineData("fabre et associes", "entreprise")]
    [InlineData("Leroux", "contact Marie Le Roux")]
    [InlineData("le-roux", "contact Marie Le Roux")]
    [InlineData("ploufragan", "ville")]
    [InlineData("22440", "code postal")]
    [InlineData("06 12 34", "téléphone")]
    [InlineData("bureautique", "note")]
    public void Of_NamesTheFieldThatMatched(string query, string expected)
    {
        Assert.Equal([expected], MatchedFields.Of(Fiche, query));
    }

    [Fact]
    public void Of_SeveralWords_EachField_Once_InTheFichesOrder()
    {
        Assert.Equal(["entreprise", "ville"], MatchedFields.Of(Fiche, "ploufragan fabre"));
        Assert.Equal(["contact Marie Le Roux", "e-mail"], MatchedFields.Of(Fiche, "marie cabinet"));
    }

    [Fact]
    public void Of_IndividualsName_IsNom_NoQuery_IsNothing()
    {
        var individual = Fiche with { Kind = ProspectKind.Individual, Name = "Deschamps Hélène", Contacts = [] };
        Assert.Equal(["nom"], MatchedFields.Of(individual, "HELENE"));
        Assert.Empty(MatchedFields.Of(individual, "  "));
    }

    [Theory]
    [InlineData("mariel")] // runs into « Le » across the contact's first and last names: no word starts so
    [InlineData("roux22")] // the town's postal code follows the name in no field
    [InlineData("gammebureau")] // two words of the note joined: the note is not a name
    public void Of_LettersThatOnlyRunAcrossWords_MatchNothing(string query)
    {
        Assert.Empty(MatchedFields.Of(Fiche, query));
    }

    [Fact]
    public void Of_RandomFiches_SameAsCuttingEveryFieldIntoItsWords()
    {
        string[] names = ["Le Roux", "Leroux", "De La Fontaine", "Saint-Malo", "Fabre & Associés", "Hélène", "Jean Pierre", "O'Neil", "Van Damme", "MARTIN", "Œuvre", "Lefèvre"];
        string[] notes = ["Rappeler le client", "Intéressé par la gamme", "RDV à Saint-Malo le 12/03", ""];
        string[] queries = ["le roux", "leroux", "roux", "de la", "delafontaine", "saint malo", "fabre et associes", "helene", "jeanpierre", "oneil",
            "vandamme", "mar", "02 96", "0612", "22440", "contact", "oeuvre", "fontaine saint", "pierre le", "lef", "rappeler gamme", "12"];
        var random = new Random(18);
        string Pick(string[] from) => from[random.Next(from.Length)];
        string Name() => random.Next(3) == 0 ? $"{Pick(names)} {Pick(names)}" : Pick(names);
        string Phone() => $"0{random.Next(1, 8)} {random.Next(10, 99)} 1{random.Next(0, 9)} 22 33";
        for (var i = 0; i < 2_000; i++)
        {
            var contacts = Enumerable.Range(0, random.Next(0, 4))
                .Select(_ => new ContactSearchFields(Pick(names), Pick(names), random.Next(2) == 0 ? null : "contact@fabre.example", random.Next(2) == 0 ? null : Phone()))
                .ToList();
            var fiche = new ProspectSearchFields(i, random.Next(4) == 0 ? ProspectKind.Individual : ProspectKind.Organisation, Name(), Name(),
                random.Next(2) == 0 ? "22440" : "35000", random.Next(2) == 0 ? null : "accueil@le-roux.example", Phone(), random.Next(2) == 0 ? null : "12345678900016",
                Pick(notes), contacts);
            foreach (var query in queries)
            {
                Assert.Equal(ByEveryFieldsWords(fiche, query), MatchedFields.Of(fiche, query));
            }
        }
    }

    /// <summary>What the labels are by definition: a field is found by a word when one of its words or joined forms starts with it.</summary>
    private static List<string> ByEveryFieldsWords(ProspectSearchFields fiche, string query)
    {
        static List<string> Words(string? text) => SearchTerms.Words(TextFolding.Fold(text));
        var fields = new List<(string Label, List<string> Tokens)> { (fiche.Kind == ProspectKind.Individual ? "nom" : "entreprise", SearchTerms.NameTokens(fiche.Name)) };
        foreach (var c in fiche.Contacts)
        {
            fields.Add(($"contact {c.FirstName} {c.LastName}".Trim(), [.. SearchTerms.NameTokens(c.FirstName, whole: true), .. SearchTerms.NameTokens(c.LastName, whole: true)]));
        }
        fields.Add(("ville", SearchTerms.NameTokens(fiche.City)));
        fields.Add(("code postal", Words(fiche.PostalCode)));
        fields.Add(("e-mail", new[] { fiche.Email }.Concat(fiche.Contacts.Select(c => c.Email)).SelectMany(Words).ToList()));
        fields.Add(("téléphone", new[] { fiche.Phone }.Concat(fiche.Contacts.Select(c => c.Phone)).Select(TextFolding.Digits).Where(d => d.Length > 0).ToList()));
        fields.Add(("SIRET", Words(fiche.Siret)));
        fields.Add(("note", Words(fiche.Notes)));
        bool Found(List<string> tokens, string word) => SearchTerms.AnyStartsWith(tokens, word);
        List<string> Labels(List<string> words) => fields.Where(f => words.Any(w => Found(f.Tokens, w))).Select(f => f.Label).Distinct().ToList();
        var ways = MatchedFields.Ways(query);
        if (ways[0].Count == 0)
        {
            return [];
        }
        var way = ways.FirstOrDefault(w => w.All(word => fields.Any(f => Found(f.Tokens, word))));
        return Labels(way ?? ways.SelectMany(w => w).ToList());
    }
}
