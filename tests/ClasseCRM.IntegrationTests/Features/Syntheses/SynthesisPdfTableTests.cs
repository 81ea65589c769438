using ClasseCRM.Web.Features.Syntheses;
using UglyToad.PdfPig;

namespace ClasseCRM.IntegrationTests.Features.Syntheses;

/// <summary>A table longer than a page breaks with its header repeated, and each row is printed once (figures are counted from it).</summary>
public sealed class SynthesisPdfTableTests
{
    [Fact]
    public void LongTable_EachRowOnce_HeaderOnEveryPageItCrosses()
    {
        var rows = Enumerable.Range(1, 140).Select(i => (IReadOnlyList<string>)[$"Ligne{i:000}", $"{i},00"]).ToList();
        var bytes = SynthesisPdf.Render([new DocHeading("Essai", 1), new DocTable("Table longue", ["Indicateur", "Valeur"], rows, [1])], "Essai", "Élève");

        using var pdf = PdfDocument.Open(bytes);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.True(pdf.NumberOfPages >= 2, $"{pdf.NumberOfPages} page(s)");
        Assert.All(Enumerable.Range(1, 140), i => Assert.Equal(1, words.Count(w => w == $"Ligne{i:000}")));
        Assert.All(pdf.GetPages(), page => Assert.Contains(page.GetWords(), w => w.Text == "Indicateur"));
    }
}
