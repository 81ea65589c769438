using ClasseCRM.Web.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ClasseCRM.UnitTests.Infrastructure.Spreadsheets;

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

    [Fact]
    public void WriteCells_NumbersAreNumericCellsWithFrenchFormats_OnlyTextIsNeutralised()
    {
        using var buffer = new MemoryStream();
        XlsxWriter.WriteCells(buffer, "Chiffres", [
            ["Indicateur", "Valeur"],
            ["Appels", XlsxCell.Integer(1250)],
            ["Moyenne", XlsxCell.Decimal(3.25m)],
            ["CA HT", XlsxCell.Money(1234.565m)],
            ["Taux", XlsxCell.Percent(0.125m)],
            ["=SOMME(A1:A9)", XlsxCell.Decimal(-12.5m)],
            ["Sans valeur", XlsxCell.Money(null)],
        ]);
        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var codes = styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        (uint Id, string? Code) Format(string reference)
        {
            var id = formats[(int)cells[reference].StyleIndex!.Value].NumberFormatId!.Value;
            return (id, codes.GetValueOrDefault(id));
        }

        foreach (var reference in new[] { "B2", "B3", "B4", "B5", "B6" })
        {
            Assert.Null(cells[reference].DataType);
            Assert.Null(cells[reference].InlineString);
        }
        Assert.Equal("1250", cells["B2"].CellValue!.Text);
        Assert.Equal((3u, (string?)null), Format("B2"));
        Assert.Equal("3.25", cells["B3"].CellValue!.Text);
        Assert.Equal((164u, "#,##0.0"), Format("B3"));
        Assert.Equal("1234.57", cells["B4"].CellValue!.Text);
        Assert.Equal((165u, "#,##0.00\\ \"€\""), Format("B4"));
        Assert.Equal("0.125", cells["B5"].CellValue!.Text);
        Assert.Equal((166u, "0.0 %"), Format("B5")); // typo-fix: keep
        // A negative number is a number, not a formula; a text starting with = is neutralised.
        Assert.Equal("-12.5", cells["B6"].CellValue!.Text);
        Assert.Equal(CellValues.InlineString, cells["A6"].DataType!.Value);
        Assert.Equal("'=SOMME(A1:A9)", cells["A6"].InlineString!.Text!.Text);
        Assert.Equal(CellValues.InlineString, cells["A1"].DataType!.Value);
        Assert.False(cells.ContainsKey("B7"));
    }

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'@lternative", "@lternative")]
    [InlineData("'  -Moins", "  -Moins")]
    [InlineData("'+33 6 12 34 56 78", "+33 6 12 34 56 78")]
    [InlineData("L'Atelier", "L'Atelier")]
    [InlineData("'citation'", "'citation'")]
    [InlineData("'", "'")]
    public void SpreadsheetSafety_Restore_TakesOffOnlyTheNeutralisingApostrophe(string stored, string expected)
    {
        Assert.Equal(expected, SpreadsheetSafety.Restore(stored));
        if (stored != expected)
        {
            Assert.Equal(stored, SpreadsheetSafety.Neutralise(expected));
        }
    }
}
