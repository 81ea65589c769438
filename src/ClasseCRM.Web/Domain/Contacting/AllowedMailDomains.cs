namespace ClasseCRM.Web.Domain.Contacting;

/// <summary>
/// The domains a student's real mail (SMTP mode) may go to, as the administrator lists them: <c>exemple.fr</c> allows
/// exactly that domain, <c>*.ac-rennes.fr</c> allows every sub-domain of it (<c>lycee.ac-rennes.fr</c>) but not
/// <c>ac-rennes.fr</c> itself (list it too if wanted). Case does not matter. An empty list allows no real address.
/// </summary>
public static class AllowedMailDomains
{
    /// <summary>The patterns of a list written one per line (blank lines, spaces and a leading "@" are ignored).</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string?> lines) =>
        lines.SelectMany(l => (l ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(l => l.TrimStart('@').ToLowerInvariant())
            .Where(l => l.Length > 0)
            .Distinct()
            .ToList();

    /// <summary>Whether the address's domain matches one of the patterns.</summary>
    public static bool Allows(IReadOnlyList<string> patterns, string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return false;
        }
        var domain = address[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
        foreach (var pattern in patterns)
        {
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                var suffix = pattern[1..];
                if (domain.Length > suffix.Length && domain.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (domain == pattern)
            {
                return true;
            }
        }
        return false;
    }
}
