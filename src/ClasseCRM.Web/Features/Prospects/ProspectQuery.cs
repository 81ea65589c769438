using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>The list's search, filters, sort and page, as they appear in the address (so a list can be bookmarked or exported).</summary>
public sealed class ProspectQuery
{
    public int? Espace { get; set; }
    public string? Q { get; set; }
    public ProspectStatus? Statut { get; set; }
    public Potential? Potentiel { get; set; }
    public ProspectKind? Type { get; set; }
    public string? Section { get; set; }
    public string? Dept { get; set; }

    /// <summary>A town (its name) or the start of a postal code ("35", "35000").</summary>
    public string? Ville { get; set; }
    public int? EffectifMin { get; set; }
    public int? EffectifMax { get; set; }

    /// <summary>Only prospects not contacted for at least this many days (never contacted included).</summary>
    public int? SansContact { get; set; }
    public bool Opposition { get; set; }

    /// <summary>Only prospects whose data reached the 3-year retention limit (CNIL).</summary>
    public bool Rgpd { get; set; }
    public string? Tri { get; set; }
    public bool Desc { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>The same filters and sort with another search, from its first page (a suggestion's link).</summary>
    public ProspectQuery WithSearch(string? search)
    {
        var copy = (ProspectQuery)MemberwiseClone();
        copy.Q = search;
        copy.Page = 1;
        return copy;
    }

    /// <summary>The same query as address parameters, with another page or sort.</summary>
    public string ToQueryString(int? page = null, string? tri = null, bool? desc = null)
    {
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{key}={Uri.EscapeDataString(text)}");
            }
        }
        Add("espace", Espace);
        Add("q", Q);
        Add("statut", Statut);
        Add("potentiel", Potentiel);
        Add("type", Type);
        Add("section", Section);
        Add("dept", Dept);
        Add("ville", Ville);
        Add("effectifMin", EffectifMin);
        Add("effectifMax", EffectifMax);
        Add("sansContact", SansContact);
        if (Opposition)
        {
            Add("opposition", "true");
        }
        if (Rgpd)
        {
            Add("rgpd", "true");
        }
        Add("tri", tri ?? Tri);
        if (desc ?? Desc)
        {
            Add("desc", "true");
        }
        if ((page ?? Page) > 1)
        {
            Add("page", page ?? Page);
        }
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
