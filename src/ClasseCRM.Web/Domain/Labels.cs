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
        _ => channel.ToString(),
    };

    public static string Of(MailingResult result) => result switch
    {
        MailingResult.None => "Pas de retour",
        MailingResult.ReturnedUndeliverable => "NPAI (pli revenu)",
        MailingResult.AnswerNotInterested => "Réponse : pas intéressé",
        MailingResult.AnswerInterested => "Réponse : demande d'information",
        MailingResult.AnswerAppointment => "Réponse : RDV obtenu",
        MailingResult.AnswerOrder => "Réponse : commande",
        _ => result.ToString(),
    };

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
