using System.ComponentModel.DataAnnotations;
using ClasseCRM.Web.Infrastructure.Hosting;

namespace ClasseCRM.UnitTests.Infrastructure.Hosting;

public sealed class AppOptionsTests
{
    private static List<ValidationResult> Validate(string url)
    {
        var options = new AppOptions { PublicBaseUrl = url };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("https://crm.lycee.example/")]
    [InlineData("https://lycee.example/classecrm")]
    public void Validate_AbsoluteHttpAddress_IsAccepted(string url) => Assert.Empty(Validate(url));

    [Theory]
    [InlineData("")]
    [InlineData("crm.lycee.example")]
    [InlineData("/classecrm")]
    [InlineData("ftp://crm.lycee.example")]
    [InlineData("https://crm.lycee.example/?x=1")]
    public void Validate_AnythingElse_IsRefusedWithAFrenchMessage(string url) =>
        Assert.Contains(Validate(url), r => r.ErrorMessage!.Contains("App:PublicBaseUrl", StringComparison.Ordinal));

    [Fact]
    public void Absolute_JoinsTheAddressAndThePathWithOneSlash()
    {
        Assert.Equal("https://lycee.example/classecrm/prospects/12", new AppOptions { PublicBaseUrl = "https://lycee.example/classecrm/" }.Absolute("/prospects/12"));
        Assert.Equal("http://localhost:5080/relances", new AppOptions().Absolute("relances"));
    }
}
