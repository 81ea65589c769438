using ClasseCRM.Web.Domain.Search;

namespace ClasseCRM.UnitTests.Domain.Search;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("deshamps", "deschamps", 1)]
    [InlineData("ploufragen", "ploufragan", 1)]
    [InlineData("duopnt", "dupont", 1)]
    [InlineData("martin", "martin", 0)]
    [InlineData("martin", "marton", 1)]
    [InlineData("leroux", "lerous", 1)]
    [InlineData("abc", "xyz", 3)]
    public void Distance_CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.Distance(a, b, 5));
    }

    [Fact]
    public void Distance_StopsPastTheBound()
    {
        Assert.Equal(3, Spelling.Distance("abcdefgh", "zyxwvuts", 2));
        Assert.Equal(3, Spelling.Distance("abc", "abcdefgh", 2));
    }

    [Fact]
    public void MaxEdits_OneForShortWords_TwoBeyondFiveLetters()
    {
        Assert.Equal(0, Spelling.MaxEdits(2));
        Assert.Equal(1, Spelling.MaxEdits(4));
        Assert.Equal(1, Spelling.MaxEdits(5));
        Assert.Equal(2, Spelling.MaxEdits(8));
    }

    [Fact]
    public void Closest_ClosestFirst_WithinTheBound_NotTheWordItself()
    {
        var vocabulary = new[] { "deschamps", "deschanel", "dechamp", "deshamps", "durand", "desjardins" };
        Assert.Equal(["deschamps", "dechamp"], Spelling.Closest("deshamps", vocabulary, 3));
        Assert.Equal(["ploufragan"], Spelling.Closest("ploufragen", ["ploufragan", "plerin", "ploemeur"], 3));
        Assert.Empty(Spelling.Closest("zzzqxw", vocabulary, 3));
    }

    [Theory]
    [InlineData("deshamps", true)]
    [InlineData("le", false)]
    [InlineData("35000", false)]
    [InlineData("b2b", false)]
    public void IsCorrectable_LettersOnly_ThreeOrMore(string word, bool expected)
    {
        Assert.Equal(expected, Spelling.IsCorrectable(word));
    }
}
