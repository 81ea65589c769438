using System.Text;
using ClasseCRM.Web.Infrastructure.Csv;

namespace ClasseCRM.UnitTests.Infrastructure;

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
        // The blank line is skipped but counted: "Petit" is on line 6.
        Assert.Equal(6, records[3].Line);
        Assert.Equal("", records[3][5]);
    }
}
