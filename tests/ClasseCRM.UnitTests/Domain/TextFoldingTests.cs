using ClasseCRM.Web.Domain;

namespace ClasseCRM.UnitTests.Domain;

public sealed class TextFoldingTests
{
    [Fact]
    public void FrenchNameComparer_AccentsCaseAndLigatures_SortAsAFrenchReaderExpects()
    {
        string[] names = ["zèbre", "Œuvre", "Zoé", "Eclat", "Oeillet", "Éclair", "abricot", "Ébène"];

        var sorted = names.Order(FrenchNameComparer.Instance).ToList();

        Assert.Equal(["abricot", "Ébène", "Éclair", "Eclat", "Oeillet", "Œuvre", "zèbre", "Zoé"], sorted);
    }

    [Fact]
    public void FrenchNameComparer_NamesThatFoldAlike_UnaccentedFirstAndStable()
    {
        Assert.True(FrenchNameComparer.Instance.Compare("Eclair", "Éclair") < 0);
        Assert.Equal(0, FrenchNameComparer.Instance.Compare("Éclair", "Éclair"));
        Assert.True(FrenchNameComparer.Instance.Compare("Émile", "emma") < 0);
    }

    [Theory]
    [InlineData("Anaïs", "anais")]
    [InlineData("Bœuf", "boeuf")]
    [InlineData("Lætitia", "laetitia")]
    [InlineData("Strauß", "strauss")]
    [InlineData("Søren", "soren")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("N'Diaye", "n-diaye")]
    [InlineData("  Da  Silva ", "da-silva")]
    [InlineData("ŒUVRE", "oeuvre")]
    public void Slug_SpellsOutLettersWithoutAnAsciiForm(string name, string expected) =>
        Assert.Equal(expected, TextFolding.Slug(name));

    [Theory]
    [InlineData("02 96.11-22 33", "0296112233", "0296112233")]
    [InlineData("le-roux 2", "2", "leroux2")]
    [InlineData("0296112233", "0296112233", "0296112233")]
    [InlineData("", "", "")]
    [InlineData(null, "", "")]
    public void Digits_LettersAndDigits_KeepTheirCharactersInOrder(string? text, string digits, string lettersAndDigits)
    {
        Assert.Equal(digits, TextFolding.Digits(text));
        Assert.Equal(lettersAndDigits, TextFolding.LettersAndDigits(text));
    }

    [Fact]
    public void Fold_LongText_SameAsShort_Repeated()
    {
        var text = string.Concat(Enumerable.Repeat("Cœur d'Œuvre ÉTÉ ", 200));
        Assert.Equal(string.Concat(Enumerable.Repeat("coeur d'oeuvre ete ", 200)).TrimEnd(), TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("  Jean-Pierre\tDUPONT \r\n& Fils  ", "jean-pierre dupont & fils")]
    [InlineData("contact@SARL-Durand.FR", "contact@sarl-durand.fr")]
    [InlineData("deja plie", "deja plie")]
    [InlineData("Zoe\u00a0Martin", "zoe martin")]
    [InlineData("Zoé  MARTIN", "zoe martin")]
    public void Fold_AsciiAndAccentedTexts_FoldTheSameWay(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
        // A long text (past the stack buffer) of the same kind folds the same way.
        Assert.Equal(string.Join(' ', Enumerable.Repeat(folded, 60)), TextFolding.Fold(string.Join(' ', Enumerable.Repeat(text, 60))));
    }

    [Fact]
    public void Fold_LatinTexts_OneCharacterAtATime_SameAsTheGeneralWay()
    {
        // Every character below U+0250 (the Latin letters and signs) between letters, in a text that takes the Latin way
        // (« é » is not ASCII) and, for the ASCII ones, in one that takes the ASCII way.
        for (var c = (char)1; c < '\u0250'; c++)
        {
            Assert.Equal(TextFolding.FoldAnyText($"é{c}B"), TextFolding.Fold($"é{c}B"));
            Assert.Equal(TextFolding.FoldAnyText($"A{c}b"), TextFolding.Fold($"A{c}b"));
        }
        // Random texts of accented letters, ligatures, spaces of several kinds and signs, which take the Latin way.
        const string alphabet = "aAéÉèçÇœŒæßøłıİÿŸǅǄ 0'-&\t\u00a0\u0085ŉĲ";
        var random = new Random(18);
        for (var i = 0; i < 20_000; i++)
        {
            var text = Random() + "é" + Random();
            Assert.Equal(TextFolding.FoldAnyText(text), TextFolding.Fold(text));
        }

        string Random() => new(Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
