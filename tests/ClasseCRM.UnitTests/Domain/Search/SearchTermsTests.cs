using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Search;
using ClasseCRM.Web.Infrastructure.Data;

namespace ClasseCRM.UnitTests.Domain.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void QueryWords_AccentsAndCase_AreFolded()
    {
        Assert.Equal(["helene", "lefevre"], SearchTerms.QueryWords(TextFolding.Fold("HÉLÈNE Lefèvre")));
    }

    [Fact]
    public void QueryWords_EtAndAmpersand_AreLeftOut_UnlessAlone()
    {
        Assert.Equal(["fabre", "associes"], SearchTerms.QueryWords(TextFolding.Fold("Fabre et Associés")));
        Assert.Equal(["fabre", "associes"], SearchTerms.QueryWords(TextFolding.Fold("Fabre & Associés")));
        Assert.Equal(["et"], SearchTerms.QueryWords("et"));
    }

    [Fact]
    public void Alternatives_TryNeighboursJoined()
    {
        var alternatives = SearchTerms.Alternatives("de la fontaine");
        Assert.Equal(["de", "la", "fontaine"], alternatives[0]);
        Assert.Contains(alternatives, a => a.SequenceEqual(["dela", "fontaine"]));
        Assert.Contains(alternatives, a => a.SequenceEqual(["de", "lafontaine"]));
        Assert.Contains(alternatives, a => a.SequenceEqual(["delafontaine"]));
        Assert.Equal(4, alternatives.Count);
        Assert.Single(SearchTerms.Alternatives("leroux"));
    }

    [Fact]
    public void Alternatives_ACompound_IsTriedWhole_NotCutNorJoinedToItsNeighbours()
    {
        Assert.Equal([["le", "roux"], ["leroux"]], SearchTerms.Alternatives("le-roux"));
        Assert.Equal([["saint", "meloir", "des", "ondes"], ["saintmeloirdesondes"]], SearchTerms.Alternatives("saint-meloir-des-ondes"));
        Assert.Equal([["marie", "saint", "malo"], ["marie", "saintmalo"]], SearchTerms.Alternatives("marie saint-malo"));
        // Words typed apart beside a compound are still joined with each other.
        Assert.Equal(
            [["jean", "pierre", "l", "hermite"], ["jean", "pierre", "lhermite"], ["jeanpierre", "l", "hermite"]],
            SearchTerms.Alternatives("jean pierre l'hermite"));
    }

    [Fact]
    public void QueryParts_KeepCompoundsTogether_DropEt_AndStopAtEightWords()
    {
        Assert.Equal([["fabre"], ["associes"]], SearchTerms.QueryParts("fabre et associes"));
        Assert.Equal([["saint", "malo"], ["35400"]], SearchTerms.QueryParts("saint-malo 35400"));
        Assert.Equal(8, SearchTerms.QueryWords("a b c d-e-f g h i j").Count);
        Assert.Equal([["a"], ["b"], ["c"], ["d", "e", "f"], ["g"], ["h"]], SearchTerms.QueryParts("a b c d-e-f g h i j"));
    }

    [Theory]
    [InlineData("Le Roux", false, "leroux")]
    [InlineData("le-roux", false, "leroux")]
    [InlineData("L'Hermite", false, "lhermite")]
    [InlineData("Boulangerie Le Roux", false, "leroux")]
    [InlineData("De La Fontaine", false, "delafontaine")]
    [InlineData("Saint-Brieuc", false, "saintbrieuc")]
    [InlineData("Jean Pierre", true, "jeanpierre")]
    public void JoinedForms_NameWithoutSpacesHyphensApostrophes(string name, bool whole, string expected)
    {
        Assert.Contains(expected, SearchTerms.JoinedForms(name, whole));
    }

    [Fact]
    public void JoinedForms_OneWord_OrPlainWords_AddNothing()
    {
        Assert.Empty(SearchTerms.JoinedForms("Leroux"));
        Assert.Empty(SearchTerms.JoinedForms("Boulangerie Martin"));
        Assert.Empty(SearchTerms.JoinedForms(null));
    }

    [Theory]
    [InlineData("Le Roux")]
    [InlineData("Leroux")]
    [InlineData("le-roux")]
    [InlineData("LE ROUX")]
    public void NameTokens_AnySpellingOfLeRoux_IsFoundByEveryOther(string stored)
    {
        var tokens = SearchTerms.NameTokens(stored);
        foreach (var typed in new[] { "Le Roux", "Leroux", "le-roux" })
        {
            Assert.Contains(SearchTerms.Alternatives(TextFolding.Fold(typed)), a => a.All(w => SearchTerms.AnyStartsWith(tokens, w)));
        }
    }

    [Fact]
    public void Needle_PhoneTypedWithSpaces_IsItsDigits()
    {
        Assert.Equal("0299123456", SearchTerms.Needle("02 99 12 34 56"));
        Assert.Equal("rennes 35", SearchTerms.Needle("Rennes 35"));
    }

    [Fact]
    public void MatchExpression_OneWord_IsAPrefix_SeveralWords_AlsoJoined()
    {
        Assert.Equal("\"deschamps\"*", ProspectSearchIndex.MatchExpression("deschamps"));
        Assert.Equal("(\"le\"* \"roux\"*) OR (\"leroux\"*)", ProspectSearchIndex.MatchExpression("le roux"));
        Assert.Equal("(\"fabre\"* \"associes\"*) OR (\"fabreassocies\"*)", ProspectSearchIndex.MatchExpression("fabre et associes"));
        Assert.Null(ProspectSearchIndex.MatchExpression("&"));
    }

    [Fact]
    public void TsQuery_SameWordsPrefixesAndAlternatives_AsTheFts5Expression()
    {
        Assert.Equal("deschamps:*", ProspectSearchIndex.TsQuery("deschamps"));
        Assert.Equal("(le:* & roux:*) | (leroux:*)", ProspectSearchIndex.TsQuery("le roux"));
        Assert.Equal("(fabre:* & associes:*) | (fabreassocies:*)", ProspectSearchIndex.TsQuery("fabre et associes"));
        Assert.Equal("(saint:* & malo:*) | (saintmalo:*)", ProspectSearchIndex.TsQuery("saint-malo"));
        // Signs are no words: nothing of a tsquery's syntax (« & », « | », « ! », « : », quotes) reaches it.
        Assert.Equal("(a:* & b:*) | (ab:*)", ProspectSearchIndex.TsQuery("a|b"));
        Assert.Equal("(o:* & brien:*) | (obrien:*)", ProspectSearchIndex.TsQuery("o'brien"));
        Assert.Null(ProspectSearchIndex.TsQuery("& ! :*")); // typo-fix: keep
    }

    [Fact]
    public void StartsAWordOf_ReadsInPlace_WhatCuttingIntoWordsGives()
    {
        Assert.True(SearchTerms.StartsAWordOf("rdv le 12/03 avec m. martin", "mar"));
        Assert.True(SearchTerms.StartsAWordOf("contact@dupont-fils.fr", "fils"));
        Assert.False(SearchTerms.StartsAWordOf("boulangerie", "anger"));
        Assert.True(SearchTerms.StartsAWordOf("boulangerie l'anger", "anger"));
        Assert.False(SearchTerms.StartsAWordOf("", "a"));
        // The same answer as cutting the text into words (SearchTerms.Words) on random texts of letters, digits and signs.
        var random = new Random(17);
        // Besides ASCII, characters the folding may leave: letters without a decomposition (ø, ł, ı), a letter outside
        // the basic plane (a surrogate pair), a spacing mark, a superscript digit.
        const string alphabet = "abcle 0123.-@'&/øłı𝐀\u093F²";
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var word = new string(Enumerable.Range(0, random.Next(1, 4)).Select(_ => "abcle0123"[random.Next(9)]).ToArray());
            Assert.Equal(SearchTerms.AnyStartsWith(SearchTerms.Words(text), word), SearchTerms.StartsAWordOf(text, word));
        }
    }
}
