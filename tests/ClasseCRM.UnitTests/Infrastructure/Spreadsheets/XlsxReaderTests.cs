using ClasseCRM.TestFiles;
using ClasseCRM.Web.Features.Prospects;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.UnitTests.Infrastructure.Spreadsheets;

/// <summary>The .xlsx import reads as a stream and refuses a hostile workbook at its first limit, with a French message.</summary>
public sealed class XlsxReaderTests
{
    private static string? Error(byte[] file) => ProspectImportService.ReadTable("hostile.xlsx", file).Error;

    [Fact]
    public void HugeSharedString_50MB_IsRefusedByTheSharedStringsLimit()
    {
        var file = HostileFiles.HugeSharedString(50_000_000);

        Assert.True(file.Length < ImportLimits.MaxBytes);
        Assert.Equal(ImportLimits.SharedStringsTooLarge, Error(file));
    }

    [Fact]
    public void TwoMillionRows_AreRefusedAtTheRowLimit()
    {
        Assert.Equal("Le fichier contient plus de 20\u00A0000 lignes\u00A0: découpez-le en plusieurs fichiers.", Error(HostileFiles.ManyRows(2_000_000)));
    }

    [Fact]
    public void MillionsOfEmptyRows_StopAtTheWorksheetLimit()
    {
        Assert.Equal(ImportLimits.WorksheetTooLarge, Error(HostileFiles.EmptyRows(4_000_000)));
    }

    [Fact]
    public void TwentyThousandRows_AreRead_TheNextOneIsRefused()
    {
        var (table, _) = ProspectImportService.ReadTable("a.xlsx", HostileFiles.ManyRows(20_000));
        Assert.Equal(20_000, table!.Rows.Count);
        Assert.Equal(20_001, table.Rows[^1].Line);

        Assert.Contains("plus de 20\u00A0000 lignes", Error(HostileFiles.ManyRows(20_001)));
    }

    [Fact]
    public void Dtd_IsRefusedAsUnreadable()
    {
        Assert.Equal(ImportLimits.UnreadableExcel, Error(HostileFiles.WithDtd()));
    }

    [Fact]
    public void MalformedXml_IsRefusedAsUnreadable()
    {
        Assert.Equal(ImportLimits.UnreadableExcel, Error(HostileFiles.Xlsx(w => w.Write("<row r=\"1\"><c><v>1</c></row>"))));
    }

    [Theory]
    [InlineData("inlineStr")]
    [InlineData("s")]
    public void CellOf2001Characters_NamesItsRowAndColumn(string kind)
    {
        var text = new string('x', 2_001);
        var cell = kind == "s" ? "<c r=\"C5\" t=\"s\"><v>0</v></c>" : $"<c r=\"C5\" t=\"inlineStr\"><is><t>{text}</t></is></c>";
        var file = HostileFiles.Xlsx(
            w => w.Write($"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row><row r=\"5\"><c r=\"A5\"><v>1</v></c>{cell}</row>"),
            kind == "s" ? w => w.Write($"<si><t>{text}</t></si>") : null);

        Assert.Equal("La cellule ligne 5, colonne C dépasse 2\u00A0000 caractères\u00A0: raccourcissez-la.", Error(file));
    }

    [Fact]
    public void CellOf2000Characters_IsKept()
    {
        var text = new string('x', 2_000);
        var file = HostileFiles.Xlsx(w => w.Write($"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{text}</t></is></c></row>"));

        Assert.Equal(text, ProspectImportService.ReadTable("a.xlsx", file).Table!.Rows[0][0]);
    }

    [Fact]
    public void ColumnBeyondTheLimit_IsRefused()
    {
        var file = HostileFiles.Xlsx(w => w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row><row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>"));

        Assert.Equal("Le fichier a plus de 100 colonnes (ligne 2) : gardez seulement les colonnes utiles.", Error(file));
    }

    [Fact]
    public void OneSharedStringInEveryCell_StopsAtTheTotalText()
    {
        var text = new string('x', 2_000);
        var file = HostileFiles.Xlsx(
            w =>
            {
                for (var r = 1; r <= 20_000; r++)
                {
                    w.Write($"<row r=\"{r}\">");
                    for (var c = 0; c < 26; c++)
                    {
                        w.Write($"<c r=\"{(char)('A' + c)}{r}\" t=\"s\"><v>0</v></c>");
                    }
                    w.Write("</row>");
                }
            },
            w => w.Write($"<si><t>{text}</t></si>"));

        Assert.Equal(ImportLimits.TooMuchText, Error(file));
    }

    [Fact]
    public void SharedStrings_RichTextRunsJoined_PhoneticRunsLeftOut_ControlsStripped()
    {
        var file = HostileFiles.Xlsx(
            w => w.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"D3\"><f>1+1</f><v>2</v></c></row>"),
            w => w.Write("<si><t>nom</t></si><si><t>notes</t></si>"
                + "<si><r><rPr><b/></rPr><t>Garage </t></r><r><t xml:space=\"preserve\">Hé&#1;lios\u0085&#0;&#31;</t></r><rPh sb=\"0\" eb=\"1\"><t>ガレージ</t></rPh><phoneticPr fontId=\"1\"/></si>"));

        var (table, error) = ProspectImportService.ReadTable("a.xlsx", file);

        Assert.Null(error);
        Assert.Equal(["nom", "notes"], table!.Headers);
        var row = Assert.Single(table.Rows);
        Assert.Equal(3, row.Line);
        Assert.Equal(["Garage Hélios", "", "oui", "2"], row.Fields);
    }

    [Fact]
    public void NotAZip_IsRefusedAsUnreadable()
    {
        Assert.Equal(ImportLimits.UnreadableExcel, Error("pas un classeur"u8.ToArray()));
    }
}
