namespace ClasseCRM.Web.Features.Shared;

/// <summary>
/// The sections of the header menu, by address. Rule (issue 18, item 9): the menu item of the section the page belongs
/// to is marked current — the longest menu address that is the page's address or one of its parents (« /admin/jobs »
/// belongs to « Tâches », not to « Administration »); « / » only on the home page itself.
/// </summary>
public static class MainMenu
{
    private static readonly string[] Addresses =
    [
        "/", "/prospects", "/operations", "/commandes", "/fidelisation", "/relances", "/rapports", "/syntheses", "/messagerie",
        "/classes", "/a-traiter", "/scenarios", "/admin", "/admin/enseignants", "/admin/messages", "/admin/jobs", "/academie", "/compte/mot-de-passe",
    ];

    /// <summary>The menu address the page at <paramref name="path"/> belongs to, or null when none does.</summary>
    public static string? SectionOf(string? path)
    {
        var p = Normalize(path);
        if (p.Length == 0)
        {
            return "/";
        }
        // Every header link asks this on every page: a plain loop, the longest address that is the page or a parent.
        string? section = null;
        foreach (var a in Addresses)
        {
            if (a.Length > 1 && a.Length > (section?.Length ?? 0) && p.StartsWith(a, StringComparison.OrdinalIgnoreCase)
                && (p.Length == a.Length || p[a.Length] == '/'))
            {
                section = a;
            }
        }
        return section;
    }

    /// <summary>
    /// The aria-current value of the menu link <paramref name="href"/> on the page at <paramref name="path"/>: « page » on the
    /// menu's own page, « true » on a page inside its section, null elsewhere.
    /// </summary>
    public static string? AriaCurrent(string href, string? path)
    {
        if (!string.Equals(SectionOf(path), href, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var p = Normalize(path);
        return p.Length == 0 || string.Equals(p, href, StringComparison.OrdinalIgnoreCase) ? "page" : "true";
    }

    /// <summary>The path without its trailing slashes: « » for the home page.</summary>
    private static string Normalize(string? path) => (path ?? "").TrimEnd('/');
}
