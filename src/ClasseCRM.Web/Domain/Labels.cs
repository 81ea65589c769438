namespace ClasseCRM.Web.Domain;

/// <summary>The French words the UI shows for the domain's enumerations.</summary>
public static class Labels
{
    public static string Of(ProspectStatus status) => status switch
    {
        ProspectStatus.Suspect => "Suspect",
        ProspectStatus.Prospect => "Prospect",
        ProspectStatus.Client => "Client",
        ProspectStatus.LoyalClient => "Client fidèle",
        ProspectStatus.Lost => "Perdu",
        _ => status.ToString(),
    };

    public static string Of(ProspectKind kind) => kind == ProspectKind.Organisation ? "Organisation (B2B)" : "Particulier (B2C)";

    public static string Of(Market market) => market == Market.Business ? "B2B (professionnels)" : "B2C (particuliers)";

    public static string Of(ContactRole role) => role switch
    {
        ContactRole.DecisionMaker => "Décideur",
        ContactRole.Prescriber => "Prescripteur",
        ContactRole.User => "Utilisateur",
        ContactRole.Payer => "Payeur",
        _ => role.ToString(),
    };

    public static string Of(Contacting.Channel channel) => channel switch
    {
        Contacting.Channel.Phone => "Téléphone (phoning)",
        Contacting.Channel.Email => "E-mailing",
        Contacting.Channel.Mail => "Courrier (mailing)",
        Contacting.Channel.Visit => "Visites (terrain)",
    };

    public static string Of(MailingResult result) => result switch
    {
        MailingResult.None => "Pas de retour",
        MailingResult.ReturnedUndeliverable => "NPAI (pli revenu)",
        MailingResult.AnswerNotInterested => "Réponse : pas intéressé",
        MailingResult.AnswerInterested => "Réponse : demande d'information",
        MailingResult.AnswerAppointment => "Réponse : RDV obtenu",
        MailingResult.AnswerOrder => "Réponse : commande",
        _ => result.ToString(),
    };

    /// <summary>A return in the words of its channel: an e-mail bounces (« rebond »), only a letter comes back NPAI.</summary>
    public static string Of(MailingResult result, Contacting.Channel channel) =>
        channel == Contacting.Channel.Email && result == MailingResult.ReturnedUndeliverable ? "Rebond (adresse invalide)" : Of(result);

    public static string Of(VisitResult result) => result switch
    {
        VisitResult.Order => "Commande",
        VisitResult.Quote => "Devis",
        VisitResult.Appointment => "Nouveau RDV",
        VisitResult.Refusal => "Refus",
        _ => result.ToString(),
    };

    public static string Of(ObjectionType type) => type switch
    {
        ObjectionType.Price => "Prix",
        ObjectionType.Product => "Produit",
        ObjectionType.Delay => "Délai",
        ObjectionType.Need => "Besoin",
        ObjectionType.Competition => "Concurrence",
        _ => "Autre",
    };

    /// <summary>
    /// The objection types in the order a sales teacher lists them, the same in the visit report and in the scenario's
    /// objection grid: prix, produit, délai, besoin, concurrence, autre.
    /// </summary>
    public static readonly IReadOnlyList<ObjectionType> ObjectionTypes =
        [ObjectionType.Price, ObjectionType.Product, ObjectionType.Delay, ObjectionType.Need, ObjectionType.Competition, ObjectionType.Other];

    public static string Of(AnswerTechnique technique) => technique switch
    {
        AnswerTechnique.Rephrasing => "Reformulation",
        AnswerTechnique.YesBut => "Oui, mais",
        AnswerTechnique.Boomerang => "Boomerang",
        AnswerTechnique.Compensation => "Compensation",
        AnswerTechnique.Proof => "Preuve",
        _ => technique.ToString(),
    };

    /// <summary>The SONCAS(E) motives, one word each (Sécurité, Orgueil, Nouveauté, Confort, Argent, Sympathie, Environnement).</summary>
    public static readonly IReadOnlyList<(Soncas Motive, string Label)> SoncasMotives =
    [
        (Soncas.Security, "Sécurité"), (Soncas.Pride, "Orgueil"), (Soncas.Novelty, "Nouveauté"), (Soncas.Comfort, "Confort"),
        (Soncas.Money, "Argent"), (Soncas.Sympathy, "Sympathie"), (Soncas.Environment, "Environnement"),
    ];

    public static string Of(Soncas motives) =>
        motives == Soncas.None ? "—" : string.Join(", ", SoncasMotives.Where(m => motives.HasFlag(m.Motive)).Select(m => m.Label));

    public static string Of(Civility civility) => civility == Civility.Madame ? "Mme" : "M.";

    public static string Of(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "En attente",
        OutboxStatus.Sent => "Envoyé",
        OutboxStatus.Sandboxed => "Distribué (bac à sable)",
        OutboxStatus.Failed => "Échec",
        OutboxStatus.Received => "Réponse reçue",
        _ => status.ToString(),
    };
}
