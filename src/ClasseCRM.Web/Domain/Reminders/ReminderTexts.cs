using System.Globalization;
using ClasseCRM.Web.Domain.Contacting;

namespace ClasseCRM.Web.Domain.Reminders;

/// <summary>
/// The titles of the reminders the rules create, in one place and in one shape: what to do and with whom, then why
/// after a dash — « Relancer Plescop Immobilier — e-mail sans réponse depuis 7 jours ».
/// </summary>
public static class ReminderTexts
{
    /// <summary>The days after a mailing or a quote before its reminder (DOMAIN.md relances).</summary>
    public const int DaysWithoutAnswer = 7;

    public static string NoAnswer(string prospect, Channel channel) =>
        $"Relancer {prospect} — {(channel == Channel.Email ? "e-mail" : "courrier")} sans réponse depuis {DaysWithoutAnswer} jours";

    public static string CallBack(string prospect) => $"Rappeler {prospect} — rappel convenu au téléphone";

    /// <summary>
    /// The RDV's date and time are written out (« le 03/12/2026 à 10:30 »), never « demain »: the title is copied as it is
    /// (the rétroagir table of a compte rendu), where « demain » would no longer say when.
    /// </summary>
    public static string AppointmentTomorrow(string prospect, DateTime appointmentUtc)
    {
        var paris = ParisTime.FromUtc(appointmentUtc);
        return $"Préparer le rendez-vous avec {prospect} — le {paris.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} à {paris.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    public static string VisitFollowUp(string prospect, string? nextSteps) =>
        $"Donner suite à la visite chez {prospect} — {(string.IsNullOrWhiteSpace(nextSteps) ? "suite à préciser" : nextSteps.Trim())}";

    public static string QuoteNoAnswer(string client, string? quoteNumber) =>
        $"Relancer {client} — devis {quoteNumber} sans réponse depuis {DaysWithoutAnswer} jours";

    public static string DeliveryCheck(string client, string order) => $"Vérifier la livraison chez {client} — commande {order}";

    public static string Installation(string client, string order) => $"Mettre en service chez {client} — commande {order}";

    public static string PaymentDue(string client, string order) => $"Vérifier le paiement de {client} — échéance de la commande {order}";

    public static string PaymentOverdue(string client, string order) => $"Relancer {client} pour le paiement — commande {order} en retard";

    public static string SatisfactionCall(string client, string order) => $"Appeler {client} pour sa satisfaction — commande {order} livrée";

    public static string PeriodicContact(string client, string abcClass, int frequencyDays) =>
        $"Recontacter {client} — client {abcClass}, un contact tous les {frequencyDays} jours";

    public static string DataRetention(string prospect) => $"Redemander l'accord de {prospect} ou effacer sa fiche — sans contact depuis 3 ans";
}
