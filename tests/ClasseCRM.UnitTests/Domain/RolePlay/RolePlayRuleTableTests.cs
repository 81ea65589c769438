using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.UnitTests.Domain.RolePlay;

/// <summary>The shipped rule table (seeds/roleplay-rules.json): every objection type × every technique gives its reaction.</summary>
public sealed class RolePlayRuleTableTests
{
    private static readonly Lazy<RolePlayRuleTable> Shipped = new(() => RolePlayRuleTable.Parse(File.ReadAllText(SeedFile())));

    private static string SeedFile()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "seeds", "roleplay-rules.json")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "seeds", "roleplay-rules.json");
    }

    [Theory]
    [InlineData("Prix", ObjectionTechnique.Reformulation, Reaction.Neutral)]
    [InlineData("Prix", ObjectionTechnique.YesBut, Reaction.Neutral)]
    [InlineData("Prix", ObjectionTechnique.Boomerang, Reaction.Harden)]
    [InlineData("Prix", ObjectionTechnique.Question, Reaction.Advance)]
    [InlineData("Prix", ObjectionTechnique.Proof, Reaction.Neutral)]
    [InlineData("Prix", ObjectionTechnique.Compensation, Reaction.Advance)]
    [InlineData("Produit", ObjectionTechnique.Reformulation, Reaction.Neutral)]
    [InlineData("Produit", ObjectionTechnique.YesBut, Reaction.Advance)]
    [InlineData("Produit", ObjectionTechnique.Boomerang, Reaction.Harden)]
    [InlineData("Produit", ObjectionTechnique.Question, Reaction.Neutral)]
    [InlineData("Produit", ObjectionTechnique.Proof, Reaction.Advance)]
    [InlineData("Produit", ObjectionTechnique.Compensation, Reaction.Neutral)]
    [InlineData("Délai", ObjectionTechnique.Reformulation, Reaction.Neutral)]
    [InlineData("Délai", ObjectionTechnique.YesBut, Reaction.Advance)]
    [InlineData("Délai", ObjectionTechnique.Boomerang, Reaction.Neutral)]
    [InlineData("Délai", ObjectionTechnique.Question, Reaction.Advance)]
    [InlineData("Délai", ObjectionTechnique.Proof, Reaction.Neutral)]
    [InlineData("Délai", ObjectionTechnique.Compensation, Reaction.Harden)]
    [InlineData("Besoin", ObjectionTechnique.Reformulation, Reaction.Advance)]
    [InlineData("Besoin", ObjectionTechnique.YesBut, Reaction.Harden)]
    [InlineData("Besoin", ObjectionTechnique.Boomerang, Reaction.Advance)]
    [InlineData("Besoin", ObjectionTechnique.Question, Reaction.Advance)]
    [InlineData("Besoin", ObjectionTechnique.Proof, Reaction.Neutral)]
    [InlineData("Besoin", ObjectionTechnique.Compensation, Reaction.Harden)]
    [InlineData("Concurrence", ObjectionTechnique.Reformulation, Reaction.Neutral)]
    [InlineData("Concurrence", ObjectionTechnique.YesBut, Reaction.Advance)]
    [InlineData("Concurrence", ObjectionTechnique.Boomerang, Reaction.Harden)]
    [InlineData("Concurrence", ObjectionTechnique.Question, Reaction.Advance)]
    [InlineData("Concurrence", ObjectionTechnique.Proof, Reaction.Advance)]
    [InlineData("Concurrence", ObjectionTechnique.Compensation, Reaction.Neutral)]
    [InlineData("Autre", ObjectionTechnique.Reformulation, Reaction.Advance)]
    [InlineData("Autre", ObjectionTechnique.YesBut, Reaction.Neutral)]
    [InlineData("Autre", ObjectionTechnique.Boomerang, Reaction.Harden)]
    [InlineData("Autre", ObjectionTechnique.Question, Reaction.Advance)]
    [InlineData("Autre", ObjectionTechnique.Proof, Reaction.Neutral)]
    [InlineData("Autre", ObjectionTechnique.Compensation, Reaction.Neutral)]
    public void For_EachTypeAndTechnique_GivesTheTablesReaction(string type, ObjectionTechnique technique, Reaction expected) =>
        Assert.Equal(expected, Shipped.Value.For(type, technique));

    [Fact]
    public void Types_AreTheSixOfTheTable_AndEachIsCoveredAbove()
    {
        Assert.Equal(["autre", "besoin", "concurrence", "delai", "prix", "produit"], Shipped.Value.Types.Order(StringComparer.Ordinal));
        Assert.Equal(6, RolePlayLabels.Techniques.Count);
    }

    [Theory]
    [InlineData("DÉLAI", "delai")]
    [InlineData(" prix ", "prix")]
    [InlineData("Image de marque", "autre")]
    [InlineData("", "autre")]
    public void TypeKey_FoldsTheGridsType_UnknownReadsAsOther(string type, string key) => Assert.Equal(key, Shipped.Value.TypeKey(type));

    [Fact]
    public void Parse_ATypeWithoutEveryTechnique_IsRefused()
    {
        var ex = Assert.Throws<InvalidDataException>(() => RolePlayRuleTable.Parse("""{ "rules": { "autre": { "question": "avance" } } }"""));
        Assert.Contains("ne donne pas toutes les techniques", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnUnknownReaction_IsRefused()
    {
        var ex = Assert.Throws<InvalidDataException>(() => RolePlayRuleTable.Parse("""{ "rules": { "autre": { "question": "peut-être" } } }"""));
        Assert.Contains("réaction inconnue", ex.Message, StringComparison.Ordinal);
    }
}
