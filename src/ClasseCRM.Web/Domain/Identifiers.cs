namespace ClasseCRM.Web.Domain;

/// <summary>French company identifiers (DOMAIN.md): SIREN 9 digits, SIRET 14 digits, both Luhn-valid except La Poste.</summary>
public static class Identifiers
{
    public const string LaPosteSiren = "356000000";

    /// <summary>True when <paramref name="digits"/> passes the Luhn check.</summary>
    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    public static bool IsValidSiren(string? siren) =>
        siren is { Length: 9 } && siren.All(char.IsAsciiDigit) && (siren == LaPosteSiren || PassesLuhn(siren));

    /// <summary>A SIRET is valid when it passes Luhn, or, for La Poste (SIREN 356000000), when its digit sum is a multiple of 5.</summary>
    public static bool IsValidSiret(string? siret)
    {
        if (siret is not { Length: 14 } || !siret.All(char.IsAsciiDigit))
        {
            return false;
        }
        if (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal))
        {
            return siret.Sum(c => c - '0') % 5 == 0;
        }
        return PassesLuhn(siret);
    }

    /// <summary>FR + key + SIREN with key = (12 + 3 × (SIREN mod 97)) mod 97; null when the SIREN is not valid.</summary>
    public static string? VatNumberFromSiren(string? siren)
    {
        if (!IsValidSiren(siren))
        {
            return null;
        }
        var number = long.Parse(siren!, System.Globalization.CultureInfo.InvariantCulture);
        var key = (12 + 3 * (number % 97)) % 97;
        return $"FR{key:00}{siren}";
    }

    /// <summary>Completes <paramref name="prefix"/> (all digits but the last) with the digit that makes it pass Luhn.</summary>
    public static string CompleteWithLuhnDigit(string prefix)
    {
        for (var d = 0; d <= 9; d++)
        {
            var candidate = prefix + (char)('0' + d);
            if (PassesLuhn(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("Aucun chiffre de contrôle ne convient.");
    }
}
