using ClasseCRM.Web.Domain.Search;

namespace ClasseCRM.UnitTests.Domain.Search;

public sealed class VocabularyTests
{
    private static readonly Vocabulary Words = new(
        ["cabinet", "dechamp", "deschamps", "deschanel", "desjardins", "dupont", "durand", "eschamps", "leroux", "plouha", "ploufragan"]);

    [Theory]
    [InlineData("des", true)]
    [InlineData("deschamps", true)]
    [InlineData("deschampsx", false)]
    [InlineData("ploufr", true)]
    [InlineData("a", false)]
    [InlineData("zz", false)]
    [InlineData("lerouy", false)]
    public void StartsAWord_AnyWordThatBeginsWithIt(string word, bool expected) =>
        Assert.Equal(expected, Words.StartsAWord(word));

    [Fact]
    public void Candidates_SameFirstLetter_WithinTwoLettersOfItsLength()
    {
        // « deshamps » (8 letters, two edits): the d-words of 6 to 10 letters.
        Assert.Equal(["dechamp", "deschamps", "deschanel", "desjardins", "dupont", "durand"], Words.Candidates("deshamps"));
        // « ploufragen » (10 letters): p-words of 8 to 12 letters; « plouha » is too short.
        Assert.Equal(["ploufragan"], Words.Candidates("ploufragen"));
        // A short word allows one edit: « dupon » (5 letters) reads the d-words of 4 to 6 letters.
        Assert.Equal(["dupont", "durand"], Words.Candidates("dupon"));
    }

    [Fact]
    public void AnyFirstLetterCandidates_TheOtherLetters_OfANearLength()
    {
        // « ceschamps » (9 letters): the words of 7 to 11 letters that do not start with « c » (« cabinet » does).
        Assert.Equal(["dechamp", "deschamps", "deschanel", "desjardins", "eschamps", "ploufragan"], Words.AnyFirstLetterCandidates("ceschamps"));
        Assert.DoesNotContain("deschamps", Words.AnyFirstLetterCandidates("deschamp"));
    }

    [Fact]
    public void Closest_FromTheCandidates_FindsTheWord()
    {
        Assert.Equal(["deschamps", "dechamp"], Spelling.Closest("deshamps", Words.Candidates("deshamps"), 3));
        Assert.Equal(["deschamps"], Spelling.Closest("ceschamps", Words.AnyFirstLetterCandidates("ceschamps"), 3).Take(1));
    }
}
