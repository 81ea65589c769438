using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.UnitTests.Domain;

public sealed class ContactDataTests
{
    [Theory]
    [InlineData("0299123456", "+33299123456", "02 99 12 34 56")]
    [InlineData("02.99.12.34.56", "+33299123456", "02 99 12 34 56")]
    [InlineData("+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78")]
    [InlineData("299123456", "+33299123456", "02 99 12 34 56")] // Excel dropped the leading zero
    [InlineData("+41 22 767 61 11", "+41227676111", "+41 22 767 61 11")]
    public void FrenchPhone_NormalisesAndFormats(string input, string e164, string display)
    {
        Assert.True(FrenchPhone.TryNormalize(input, out var actualE164, out var actualDisplay));
        Assert.Equal(e164, actualE164);
        Assert.Equal(display, actualDisplay);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("01 23")]
    [InlineData("appelez-moi")]
    [InlineData("00 00 00 00 00")]
    public void FrenchPhone_RefusesInvalidNumbers(string input) =>
        Assert.False(FrenchPhone.TryNormalize(input, out _, out _));

    [Theory]
    [InlineData("35000", true, "35")]
    [InlineData("01000", true, "01")]
    [InlineData("20000", true, "2A")]
    [InlineData("20200", true, "2B")]
    [InlineData("97400", true, "974")]
    [InlineData("98000", true, "980")]
    [InlineData("96000", false, "")]
    [InlineData("00100", false, "")]
    [InlineData("3500", false, "")]
    [InlineData("3500A", false, "")]
    public void PostalCodes_ValidateAndGiveTheDepartement(string code, bool valid, string department)
    {
        Assert.Equal(valid, PostalCodes.IsValid(code));
        if (valid)
        {
            Assert.Equal(department, PostalCodes.Department(code));
        }
    }

    [Fact]
    public void TextFolding_IgnoresAccentsCaseAndSpaces()
    {
        Assert.Equal("helene lefevre", TextFolding.Fold("  Hélène   LEFÈVRE "));
        Assert.Equal("coeur de boeuf", TextFolding.Fold("Cœur de bœuf"));
        Assert.Equal("0299123456", TextFolding.Digits("02 99.12-34 56"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+33 6 12", "'+33 6 12")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("   =1+1", "'   =1+1")]
    [InlineData("Cabinet Durand", "Cabinet Durand")]
    [InlineData("", "")]
    public void SpreadsheetSafety_NeutralisesFormulaStarts(string value, string expected) =>
        Assert.Equal(expected, SpreadsheetSafety.Neutralise(value));

    [Fact]
    public void Prospect_RefreshSearchFields_IndexesContactsAndKeys()
    {
        var p = new Prospect { Name = "Cabinet Hélène", City = "Saint-Brieuc", PostalCode = "22000", Phone = "02 96 00 11 22", Email = "Contact@Cabinet.example" };
        p.Contacts.Add(new Contact { FirstName = "Zoé", LastName = "Müller", Phone = "06 12 34 56 78", Email = "zoe@cabinet.example" });

        p.RefreshSearchFields();

        Assert.Contains("cabinet helene", p.SearchText);
        Assert.Contains("zoe muller", p.SearchText);
        Assert.Contains("0612345678", p.SearchText);
        Assert.Equal("contact@cabinet.example", p.EmailKey);
        Assert.Equal("+33296001122", p.PhoneKey);
        Assert.Equal("+33612345678", p.Contacts[0].PhoneKey);
        Assert.Equal("cabinet helene", p.NameKey);
        Assert.Equal("saint-brieuc", p.CityKey);
    }

    [Fact]
    public void Prospect_KeysOfTextsAsLongAsTheirColumns_WithLigatures_FitTheirColumns()
    {
        // « Œ » folds to two letters: a name of 200 characters and a town of 100 would give keys one longer.
        var p = new Prospect { Name = "Œ" + new string('a', 199), City = "Œ" + new string('b', 99), PostalCode = "22000" };

        p.RefreshSearchFields();

        Assert.Equal("oe" + new string('a', 198), p.NameKey);
        Assert.Equal(Prospect.MaxNameKeyLength, p.NameKey.Length);
        Assert.Equal("oe" + new string('b', 98), p.CityKey);
        Assert.Equal(Prospect.MaxCityKeyLength, p.CityKey.Length);
    }
}
