namespace ClasseCRM.Web.Domain;

/// <summary>The French VAT rates (DOMAIN.md): 20 %, 10 %, 5,5 %, 2,1 %.</summary>
public static class VatRates
{
    public static readonly IReadOnlyList<decimal> All = [0.20m, 0.10m, 0.055m, 0.021m];

    public static bool IsValid(decimal rate) => All.Contains(rate);
}
