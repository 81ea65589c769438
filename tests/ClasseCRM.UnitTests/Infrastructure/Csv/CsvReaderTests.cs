using System.Text;
using ClasseCRM.TestFiles;
using ClasseCRM.Web.Features.Prospects;
using ClasseCRM.Web.Infrastructure.Csv;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.UnitTests.Infrastructure.Csv;

/// <summary>The CSV import decides the encoding on the bytes, reads as a stream and refuses binary data and files beyond its limits.</summary>
public sealed class CsvReaderTests
{
    static CsvReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (ImportTable? Table, string? Error) Read(byte[] bytes) => ProspectImportService.ReadTable("prospects.csv", bytes);

    [Fact]
    public void Utf16WithBom_TabSeparated_AsExcelSavesUnicodeText()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("nom\tville\r\nCrêperie Bréhat\tÎle-de-Bréhat\r\n")).ToArray();

        var table = Read(bytes).Table!;

        Assert.Equal(["nom", "ville"], table.Headers);
        Assert.Equal(["Crêperie Bréhat", "Île-de-Bréhat"], table.Rows[0].Fields);
    }

    [Fact]
    public void Utf16BigEndianWithBom_IsRead()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("nom;ville\nÉpi;Rennes\n")).ToArray();

        Assert.Equal("Épi", Read(bytes).Table!.Rows[0][0]);
    }

    [Fact]
    public void Windows1252_AndUtf8WithBom_StillRead()
    {
        Assert.Equal("Noël", Read(Encoding.GetEncoding(1252).GetBytes("nom;ville\nNoël;Brest\n")).Table!.Rows[0][0]);
        Assert.Equal("Zoé", Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("nom;ville\nZoé;Brest\n")]).Table!.Rows[0][0]);
    }

    [Fact]
    public void RandomBytes_AreNotACsv()
    {
        Assert.Equal(ImportLimits.NotCsv, Read(HostileFiles.RandomBytes(300_000)).Error);
    }

    [Fact]
    public void NulAtTheStart_IsNotACsv()
    {
        Assert.Equal(ImportLimits.NotCsv, Read(Encoding.UTF8.GetBytes("nom;ville\nA\0B;Rennes\n")).Error);
    }

    [Fact]
    public void QuoteLeftOpen_IsNotACsv()
    {
        Assert.Equal(ImportLimits.NotCsv, Read(Encoding.UTF8.GetBytes("nom;ville\n\"Ouvert;Rennes\n")).Error);
    }

    [Fact]
    public void NulAndControlsFurtherOn_AreStripped_TabBecomesASpace()
    {
        var padding = new StringBuilder("nom;notes\n");
        for (var i = 0; i < 60; i++)
        {
            padding.Append("Entreprise ").Append(i).Append(";rien\n");
        }
        var bytes = Encoding.UTF8.GetBytes(padding + "Garage\0 Hél\u0001ios\u0085\uFFFF;\"a\tb\r\nc\u001F\"\n");

        var row = Read(bytes).Table!.Rows[^1];

        Assert.Equal(["Garage Hélios", "a b\nc"], row.Fields);
    }

    [Fact]
    public void FieldOf2001Characters_NamesItsRowAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes($"nom;ville;notes\nA;B;C\n\n\nA;B;{new string('x', 2_001)}\n");

        Assert.Equal("La cellule ligne 5, colonne C dépasse 2\u00A0000 caractères\u00A0: raccourcissez-la.", Read(bytes).Error);
    }

    [Fact]
    public void TwentyThousandRows_AreRead_TheNextOneIsRefused()
    {
        Assert.Equal(20_000, Read(Rows(20_000)).Table!.Rows.Count);
        Assert.Contains("plus de 20\u00A0000 lignes", Read(Rows(20_001)).Error);
    }

    [Fact]
    public void TwoMillionTinyRows_AreRefusedAtTheRowLimit()
    {
        var bytes = Encoding.UTF8.GetBytes("n\n" + string.Concat(Enumerable.Repeat("a\n", 2_000_000)));

        Assert.Contains("plus de 20\u00A0000 lignes", Read(bytes).Error);
    }

    [Fact]
    public void MoreThanAHundredColumns_AreRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join(';', Enumerable.Range(0, 101).Select(i => $"c{i}")) + "\nA\n");

        Assert.Equal("Le fichier a plus de 100 colonnes (ligne 1) : gardez seulement les colonnes utiles.", Read(bytes).Error);
    }

    [Fact]
    public void SixMegabytes_AreRefusedBySize()
    {
        Assert.Equal(ImportLimits.FileTooLarge, Read(HostileFiles.LargeCsv(6 * 1024 * 1024)).Error);
    }

    [Fact]
    public void RowNumbers_AsTheSpreadsheetShowsThem()
    {
        var records = CsvReader.Read(Encoding.UTF8.GetBytes("nom;notes\r\nMartin;\"ligne 1\r\nligne 2\"\r\n\r\nDurand;x\r\n"));

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal("ligne 1\nligne 2", records[1][1]);
    }

    [Theory]
    [InlineData("nom;prénom\tx,y", ';')]
    [InlineData("nom,prénom,email", ',')]
    [InlineData("nom\tprénom\temail", '\t')]
    [InlineData("\"Dupont; fils\",Jean", ',')]
    public void DetectSeparator_CountsOutsideQuotes_TabIncluded(string firstLine, char expected) =>
        Assert.Equal(expected, CsvReader.DetectSeparator(firstLine));

    private static byte[] Rows(int count)
    {
        var text = new StringBuilder("nom;ville\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("N;Rennes\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
