using ClasseCRM.Web.Features.Shared;

namespace ClasseCRM.UnitTests.Features.Shared;

public sealed class MainMenuTests
{
    [Theory]
    [InlineData("/", "/", "page")]
    [InlineData("", "/", "page")]
    [InlineData("/prospects", "/", null)]
    [InlineData("/prospects", "/prospects", "page")]
    [InlineData("/prospects/", "/prospects", "page")]
    [InlineData("/prospects/42", "/prospects", "true")]
    [InlineData("/prospects-archives", "/prospects", null)]
    [InlineData("/operations/3/phoning", "/operations", "true")]
    [InlineData("/admin/jobs", "/admin/jobs", "page")]
    [InlineData("/admin/jobs", "/admin", null)]
    [InlineData("/admin/sauvegarde", "/admin", "true")]
    [InlineData("/admin/enseignants/7", "/admin/enseignants", "true")]
    [InlineData("/espaces/choisir", "/", null)]
    public void AriaCurrent_TheLongestMenuAddressOfThePage(string path, string href, string? expected) =>
        Assert.Equal(expected, MainMenu.AriaCurrent(href, path));
}
