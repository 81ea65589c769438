namespace ClasseCRM.Web.Domain.Figures;

/// <summary>
/// The counts of a mailing or e-mailing: plis envoyés → NPAI (returned, undeliverable) → réponses → RDV → commandes.
/// Every answer counts as a réponse; an order is its own stage and is not also counted as a RDV, as in the phone funnel.
/// </summary>
public sealed record MailingFunnel(int Sent, int ReturnedUndeliverable, int Answers, int Interested, int Appointments, int Orders)
{
    public int Delivered => Sent - ReturnedUndeliverable;

    public static MailingFunnel From(IEnumerable<MailingResult> results)
    {
        int sent = 0, npai = 0, answers = 0, interested = 0, appointments = 0, orders = 0;
        foreach (var r in results)
        {
            sent++;
            npai += r == MailingResult.ReturnedUndeliverable ? 1 : 0;
            answers += r >= MailingResult.AnswerNotInterested ? 1 : 0;
            interested += r >= MailingResult.AnswerInterested ? 1 : 0;
            appointments += r == MailingResult.AnswerAppointment ? 1 : 0;
            orders += r == MailingResult.AnswerOrder ? 1 : 0;
        }
        return new MailingFunnel(sent, npai, answers, interested, appointments, orders);
    }

    /// <summary>Retour mailing with the class's variant, then the share of useful answers and the transformation.</summary>
    public IReadOnlyList<Ratio> Ratios(MailingReturnBase variant) =>
    [
        PhoneRatios.MailingReturn(Sent, ReturnedUndeliverable, Answers, variant),
        new("Taux de NPAI (qualité du fichier)", "NPAI ÷ plis envoyés", ReturnedUndeliverable, Sent),
        new("Réponses positives", "réponses intéressées ÷ réponses", Interested, Answers),
        new("Transformation", "commandes annoncées ÷ réponses", Orders, Answers),
    ];

    /// <summary>
    /// The same ratios in the words of e-mail (DOMAIN.md « E-mail is not a letter »): envoyés → délivrés (minus rebonds,
    /// invalid addresses) → réponses; NPAI and plis belong to letters only.
    /// </summary>
    public IReadOnlyList<Ratio> EmailRatios(MailingReturnBase variant) =>
    [
        variant == MailingReturnBase.Sent
            ? new("Taux de retour", "réponses ÷ e-mails envoyés", Answers, Sent)
            : new("Taux de retour", "réponses ÷ (e-mails envoyés − rebonds)", Answers, Sent - ReturnedUndeliverable),
        new("Taux de rebond (qualité du fichier)", "rebonds ÷ e-mails envoyés", ReturnedUndeliverable, Sent),
        new("Réponses positives", "réponses intéressées ÷ réponses", Interested, Answers),
        new("Transformation", "commandes annoncées ÷ réponses", Orders, Answers),
    ];
}
