namespace ClasseCRM.Web.Domain.Contacting;

/// <summary>
/// The starting texts of a mailing, in the words of their channel: a letter opens with « Madame, » (or « Madame,
/// Monsieur, » without a named person) and closes with the formal formula, which repeats the civilité but never the
/// name; an e-mail opens with « Bonjour Madame Blanchard, » and closes with « Cordialement ». Every screen that offers
/// a default letter or e-mail takes it from here.
/// </summary>
public static class MailTemplates
{
    /// <summary>The default subject (an e-mail's « Objet », a letter's « Objet : » line).</summary>
    public static string Subject(string companyName) => $"{companyName} : une proposition pour {{raison sociale}}";

    /// <summary>The default body for the channel, around the scenario's offer.</summary>
    public static string Body(Channel channel, string offer) => channel == Channel.Email ? EmailBody(offer) : LetterBody(offer);

    /// <summary>A letter: « {civilité}, » … « Je vous prie d'agréer, {civilité}, l'expression de mes salutations distinguées. »</summary>
    public static string LetterBody(string offer) =>
        "{civilité},\n\n" +
        $"{offer.Trim()}\n\n" +
        "Je vous propose de vous présenter notre offre lors d'un rendez-vous, à la date qui vous conviendra. " +
        "Je me permettrai de vous appeler dans les prochains jours.\n\n" +
        "Je vous prie d'agréer, {civilité}, l'expression de mes salutations distinguées.\n\n{signature}";

    /// <summary>An e-mail: « Bonjour {civilité} {nom}, » … « Cordialement, ».</summary>
    public static string EmailBody(string offer) =>
        "Bonjour {civilité} {nom},\n\n" +
        $"{offer.Trim()}\n\n" +
        "Je vous propose de vous présenter notre offre lors d'un rendez-vous, à la date qui vous conviendra : " +
        "je me permettrai de vous appeler dans les prochains jours.\n\n" +
        "Cordialement,\n\n{signature}";
}
