using System.Text;
using ClasseCRM.Web.Infrastructure.Csv;

namespace ClasseCRM.UnitTests.Infrastructure.Csv;

public sealed class CsvTextTests
{
    static CsvTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Hélène;Zoé")).ToArray();
        Assert.Equal("Hélène;Zoé", CsvText.Decode(bytes));
    }

    [Fact]
    public void Decode_Windows1252_ReadsAccents()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Lefèvre;Anaïs;Noël");
        Assert.Equal("Lefèvre;Anaïs;Noël", CsvText.Decode(bytes));
    }

    [Theory]
    [InlineData("nom;prénom;email\nA;B;c", ';')]
    [InlineData("nom,prénom,email\nA,B,c", ',')]
    [InlineData("\"Dupont; fils\",Jean\nA,B", ',')]
    public void DetectSeparator_CountsOutsideQuotes(string text, char expected) =>
        Assert.Equal(expected, CsvText.DetectSeparator(text));

    [Fact]
    public void Parse_QuotedFieldsWithSeparatorsQuotesAndLineBreaks()
    {
        var text = "nom;note\r\n\"Martin; Jr\";\"Il a dit \"\"oui\"\"\"\r\n\"Durand\";\"ligne 1\nligne 2\"\r\n\r\nPetit;fin";
        var records = CsvText.Parse(text, ';');

        Assert.Equal(4, records.Count);
        Assert.Equal(["Martin; Jr", "Il a dit \"oui\""], records[1].Fields);
        Assert.Equal("ligne 1\nligne 2", records[2][1]);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(3, records[2].Line);
        // Rows as a spreadsheet numbers them: the line break inside "Durand"'s quotes stays in its cell, the blank line
        // is skipped but is an (empty) row: "Petit" is row 5.
        Assert.Equal(5, records[3].Line);
        Assert.Equal("", records[3][5]);
    }

    [Fact]
    public void Parse_RowAfterAQuotedLineBreak_KeepsItsSpreadsheetRowNumber()
    {
        var records = CsvText.Parse("nom;notes\r\nMartin;\"ligne 1\r\nligne 2\nligne 3\"\r\nDurand;x\r\n", ';');

        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.Equal("ligne 1\r\nligne 2\nligne 3", records[1][1]);
    }
}
