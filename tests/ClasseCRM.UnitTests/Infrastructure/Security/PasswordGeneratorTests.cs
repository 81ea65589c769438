using ClasseCRM.Web.Infrastructure.Security;

namespace ClasseCRM.UnitTests.Infrastructure.Security;

public sealed class PasswordGeneratorTests
{
    [Fact]
    public void Generate_GivesReadableUniquePasswordsOfElevenCharacters()
    {
        var passwords = Enumerable.Range(0, 500).Select(_ => PasswordGenerator.Generate()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(11, p.Length);
            Assert.DoesNotContain('l', p);
            Assert.DoesNotContain('o', p);
            Assert.DoesNotContain('0', p);
            Assert.DoesNotContain('1', p);
            Assert.True(char.IsAsciiDigit(p[^1]) && char.IsAsciiDigit(p[^2]));
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
