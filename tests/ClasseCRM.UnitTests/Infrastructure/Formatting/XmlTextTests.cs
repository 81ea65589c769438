using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.UnitTests.Infrastructure.Formatting;

/// <summary>Text cleaned for XML exports: Word's vertical tab becomes a line break, forbidden characters go, the rest stays.</summary>
public sealed class XmlTextTests
{
    [Fact]
    public void VerticalTabAndFormFeed_BecomeLineBreaks() =>
        Assert.Equal("ligne 1\nligne 2\nligne 3", XmlText.Clean("ligne 1\vligne 2\fligne 3"));

    [Fact]
    public void NulAndOtherControls_AndNonCharacters_AreRemoved() =>
        Assert.Equal("abcd", XmlText.Clean("a\0b\u0001c\uFFFEd\uFFFF"));

    [Fact]
    public void LoneSurrogate_IsRemoved_APairIsKept() =>
        Assert.Equal("x😀y", XmlText.Clean("x\uD83D😀y\uDE00"));

    [Fact]
    public void OrdinaryText_IsReturnedAsIs()
    {
        const string text = "Œuvre « à » 12,5\u00A0% — tab\tet\r\nfin";
        Assert.Same(text, XmlText.Clean(text));
    }
}
