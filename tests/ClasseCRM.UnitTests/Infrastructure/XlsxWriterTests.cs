using ClasseCRM.Web.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ClasseCRM.UnitTests.Infrastructure;

public sealed class XlsxWriterTests
{
    private static List<List<(string Reference, string Text)>> WriteAndRead(params IReadOnlyList<string?>[] rows)
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, "Prospects & co", rows);
        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => (c.CellReference!.Value!, c.InlineString!.Text!.Text)).ToList())
            .ToList();
    }

    [Fact]
    public void Write_KeepsMarkupLineBreaksAndSpaces_DropsControlCharacters_NeutralisesFormulas()
    {
        var rows = WriteAndRead(
            ["Dupont & Fils <SARL>", "ligne 1\r\nligne 2", " espace devant", null, "=HYPERLINK(\"x\")", "bip\u0001bip", "Zoé\tTab"]);

        Assert.Equal(
            [
                ("A1", "Dupont & Fils <SARL>"),
                ("B1", "ligne 1\r\nligne 2"),
                ("C1", " espace devant"),
                ("E1", "'=HYPERLINK(\"x\")"),
                ("F1", "bipbip"),
                ("G1", "Zoé\tTab"),
            ],
            rows.Single());
    }

    [Fact]
    public void Write_ManyRows_NumbersEveryRowAndColumnPastZ()
    {
        var wide = Enumerable.Range(0, 30).Select(i => (string?)$"c{i}").ToList();
        var rows = WriteAndRead(Enumerable.Range(0, 5000).Select(_ => (IReadOnlyList<string?>)wide).ToArray());

        Assert.Equal(5000, rows.Count);
        Assert.Equal(("AD5000", "c29"), rows[^1][^1]);
        Assert.Equal(("AA1", "c26"), rows[0][26]);
    }
}
