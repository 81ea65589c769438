using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Domain.Figures;

/// <summary>A usual cost line of an operation, proposed with its quantity from the operation's own activity, for the student to confirm or adapt.</summary>
public sealed record CostSuggestion(string Label, bool IsVariable, decimal Quantity, decimal UnitCost, string Basis)
{
    public decimal Amount => Money.Cents(Quantity * UnitCost);
}

/// <summary>
/// The usual cost lines by channel (DOMAIN.md « Costs of an operation »): temps commercial (heures × taux horaire),
/// communications (par appel), impression and affranchissement (par pli), déplacements (the tour's kilometres × the
/// class's rate per km), fichier. Unit costs are indicative: the student confirms or changes each one.
/// </summary>
public static class CostSuggestions
{
    public const decimal HourlyRate = 15m;
    public const decimal PerCall = 0.10m;
    public const decimal PrintPerLetter = 0.15m;
    public const decimal PostagePerLetter = 1.52m;

    /// <param name="actions">Calls logged, letters or e-mails sent, or visits planned, as the channel counts its work.</param>
    /// <param name="tourKm">The kilometres of the tour's day loops (visits), null when unknown.</param>
    public static List<CostSuggestion> For(Channel channel, int actions, double? tourKm, decimal kilometreRate)
    {
        var lines = new List<CostSuggestion>();
        var (minutes, what) = channel switch
        {
            Channel.Phone => (6, "appels"),
            Channel.Email => (2, "e-mails"),
            Channel.Mail => (3, "plis"),
            Channel.Visit => (60, "visites"),
        };
        var hours = Math.Max(1m, Math.Round(actions * minutes / 60m, 1, MidpointRounding.AwayFromZero));
        lines.Add(new("Temps commercial", true, hours, HourlyRate, $"{actions} {what} × {minutes} min, au taux horaire indicatif de {HourlyRate} € (à adapter)"));
        lines.AddRange(channel switch
        {
            Channel.Phone => [new("Communications (par appel)", true, actions, PerCall, $"{actions} appels émis × coût moyen d'un appel")],
            Channel.Mail =>
            [
                new("Impression (par pli)", true, actions, PrintPerLetter, $"{actions} plis × impression et enveloppe"),
                new("Affranchissement (par pli)", true, actions, PostagePerLetter, $"{actions} plis × lettre verte jusqu'à 20 g (à adapter au tarif en vigueur)"),
            ],
            Channel.Visit => tourKm is { } km ? [Travel(km, kilometreRate)] : [],
            Channel.Email => [],
        });
        lines.Add(new("Fichier (achat ou location)", false, 1, 0m, "si le fichier a été acheté ou loué : indiquez son prix"));
        return lines;
    }

    private static CostSuggestion Travel(double km, decimal kilometreRate)
    {
        var rounded = Math.Round((decimal)km, 1, MidpointRounding.AwayFromZero);
        return new("Déplacements (km de la tournée)", true, rounded, kilometreRate, $"{rounded} km des boucles de la tournée × {kilometreRate} € par km (taux de la classe)");
    }
}
