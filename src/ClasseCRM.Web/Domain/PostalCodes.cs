using System.Text.RegularExpressions;

namespace ClasseCRM.Web.Domain;

/// <summary>French postal codes: five digits whose first ones name a real département (01–95 with Corsica's 20, overseas 971–976, Monaco 980).</summary>
public static partial class PostalCodes
{
    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex FiveDigits();

    public static bool IsValid(string? code)
    {
        if (code is null || !FiveDigits().IsMatch(code))
        {
            return false;
        }
        var two = int.Parse(code[..2], System.Globalization.CultureInfo.InvariantCulture);
        return two switch
        {
            >= 1 and <= 95 => true,
            97 => code[2] is >= '1' and <= '6',
            98 => code.StartsWith("980", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>The département of a valid postal code: "35", "2A"/"2B" for Corsica, "971"… overseas.</summary>
    public static string Department(string code)
    {
        if (code.StartsWith("20", StringComparison.Ordinal))
        {
            return string.CompareOrdinal(code, "20200") < 0 ? "2A" : "2B";
        }
        return code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3] : code[..2];
    }
}
