using System.Security.Cryptography;

namespace ClasseCRM.Web.Infrastructure.Security;

/// <summary>
/// Initial passwords that a student can read off a slip and type: syllables and digits, no look-alike letters
/// (no l/1, o/0), 11 characters, about 50 bits of randomness.
/// </summary>
public static class PasswordGenerator
{
    private const string Consonants = "bcdfghjkmnprstvz";
    private const string Vowels = "aeiuy";
    private const string Digits = "23456789";

    public static string Generate()
    {
        Span<char> chars = stackalloc char[11];
        var i = 0;
        for (var syllable = 0; syllable < 3; syllable++)
        {
            chars[i++] = Consonants[RandomNumberGenerator.GetInt32(Consonants.Length)];
            chars[i++] = Vowels[RandomNumberGenerator.GetInt32(Vowels.Length)];
            chars[i++] = Consonants[RandomNumberGenerator.GetInt32(Consonants.Length)];
        }
        chars[i++] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[i] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        return new string(chars);
    }
}
