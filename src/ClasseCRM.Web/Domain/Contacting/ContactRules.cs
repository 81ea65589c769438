namespace ClasseCRM.Web.Domain.Contacting;

/// <summary>A channel a prospect may be contacted through.</summary>
public enum Channel
{
    Phone = 0,
    Email = 1,
    Mail = 2,
    Visit = 3,
}

/// <summary>Whether a contact is allowed, and if not, the French reason shown next to the prospect.</summary>
public sealed record ContactDecision(bool Allowed, string? Reason)
{
    public static readonly ContactDecision Yes = new(true, null);

    public static ContactDecision No(string reason) => new(false, reason);
}

/// <summary>What the rules need to know about a prospect's past calls.</summary>
public sealed record CallHistory(IReadOnlyList<DateTime> CallsUtc, DateTime? LastRefusalUtc);

/// <summary>
/// The legal rules on contacting people (DOMAIN.md), applied before a call or a message:
/// objection blocks any channel; individuals (B2C) may be phoned only with prior consent (since 11 August 2026, except
/// existing customers), Monday–Friday 10:00–13:00 and 14:00–20:00 Europe/Paris, never on public holidays, at most 4
/// calls per 30 days, and not within 60 days of a refusal; individuals are e-mailed only with consent or as existing
/// customers; businesses (B2B) may be phoned and e-mailed unless they objected. A company selling energy-renovation
/// work may not canvass individuals by phone, e-mail, SMS or social networks at all, consent or not, except within a
/// contract in progress (<see cref="EnergyRenovationBan"/>).
/// </summary>
public static class ContactRules
{
    public static readonly DateOnly B2CPhoneConsentSince = new(2026, 8, 11);
    public const int MaxCallsPer30Days = 4;
    public const int SilenceDaysAfterRefusal = 60;

    /// <summary>The reason shown when the energy-renovation ban refuses a contact (DOMAIN.md).</summary>
    public const string EnergyRenovationReason =
        "Démarchage interdit : travaux de rénovation énergétique proposés à un particulier par téléphone, e-mail, SMS ou réseaux sociaux "
        + "(Code de la consommation, art. L223-1 ; loi n° 2025-594 du 30 juin 2025), même avec son consentement, sauf contrat en cours. "
        + "Passez par ses demandes, un salon ou des portes ouvertes, le parrainage, ou une visite sur rendez-vous qu'il a demandé.";

    /// <summary>
    /// Whether the prospect may be contacted through the channel now. With <paramref name="timeRules"/> false, only the
    /// lasting rules apply (objection, consent): that is how a target list is built, before any call is planned.
    /// <paramref name="energyRenovation"/>: the company sells energy-renovation work; <paramref name="contractInProgress"/>:
    /// the prospect has a contract in progress with it (an accepted or confirmed order not yet paid nor cancelled).
    /// </summary>
    public static ContactDecision Check(Prospect prospect, Channel channel, DateTime nowUtc, CallHistory? calls = null, bool timeRules = true,
        bool energyRenovation = false, bool contractInProgress = false)
    {
        if (prospect.IsAnonymised)
        {
            return ContactDecision.No("Données personnelles effacées : plus de contact possible.");
        }
        if (EnergyRenovationBan(prospect.Kind, channel, energyRenovation, contractInProgress))
        {
            return ContactDecision.No(EnergyRenovationReason);
        }
        var existingCustomer = prospect.Status is ProspectStatus.Client or ProspectStatus.LoyalClient;
        return channel switch
        {
            Channel.Visit => ContactDecision.Yes,
            Channel.Mail => prospect.MailOpposition ? ContactDecision.No("Opposition aux courriers enregistrée.") : ContactDecision.Yes,
            Channel.Email => CheckEmail(prospect, existingCustomer),
            Channel.Phone => CheckPhone(prospect, nowUtc, calls, existingCustomer, timeRules),
        };
    }

    /// <summary>
    /// The ban on canvassing individuals for energy-renovation work (and, since 2025, work adapting a home to old age or
    /// disability): by phone since 2020 (Code de la consommation, L223-1), by e-mail, SMS and social networks since loi
    /// n° 2025-594 of 30 June 2025. Consumers only (B2B is outside it); a consumer's consent is no exception, a contract
    /// in progress is. Letters and visits are not distance canvassing: they stay under their own rules. Of the banned
    /// channels the app has phone and e-mail.
    /// </summary>
    public static bool EnergyRenovationBan(ProspectKind kind, Channel channel, bool energyRenovation, bool contractInProgress) =>
        energyRenovation && kind == ProspectKind.Individual && !contractInProgress && channel is Channel.Phone or Channel.Email;

    private static ContactDecision CheckEmail(Prospect prospect, bool existingCustomer)
    {
        if (prospect.EmailOpposition)
        {
            return ContactDecision.No("Opposition aux e-mails enregistrée.");
        }
        if (prospect.Kind == ProspectKind.Individual && !prospect.EmailConsent && !existingCustomer)
        {
            return ContactDecision.No("Particulier sans consentement préalable aux e-mails (et pas encore client).");
        }
        return ContactDecision.Yes;
    }

    private static ContactDecision CheckPhone(Prospect prospect, DateTime nowUtc, CallHistory? calls, bool existingCustomer, bool timeRules)
    {
        if (prospect.PhoneOpposition)
        {
            return ContactDecision.No("Opposition au démarchage téléphonique enregistrée (ou inscription Bloctel).");
        }
        if (prospect.Kind == ProspectKind.Organisation)
        {
            return ContactDecision.Yes;
        }
        var local = ParisTime.FromUtc(nowUtc);
        var today = DateOnly.FromDateTime(local);
        if (!prospect.PhoneConsent && !existingCustomer && today >= B2CPhoneConsentSince)
        {
            return ContactDecision.No("Particulier sans consentement préalable : démarchage téléphonique interdit depuis le 11 août 2026.");
        }
        if (!timeRules)
        {
            return ContactDecision.Yes;
        }
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return ContactDecision.No("Pas d'appel aux particuliers le samedi ni le dimanche.");
        }
        if (FrenchPublicHolidays.IsHoliday(today))
        {
            return ContactDecision.No("Pas d'appel aux particuliers un jour férié.");
        }
        var time = TimeOnly.FromDateTime(local);
        var morning = time >= new TimeOnly(10, 0) && time < new TimeOnly(13, 0);
        var afternoon = time >= new TimeOnly(14, 0) && time < new TimeOnly(20, 0);
        if (!morning && !afternoon)
        {
            return ContactDecision.No("Appels aux particuliers seulement de 10 h à 13 h et de 14 h à 20 h, du lundi au vendredi.");
        }
        if (calls is not null)
        {
            if (calls.LastRefusalUtc is { } refusal && nowUtc < refusal.AddDays(SilenceDaysAfterRefusal))
            {
                return ContactDecision.No("Refus il y a moins de 60 jours : pas de nouvel appel avant la fin de ce délai.");
            }
            var window = nowUtc.AddDays(-30);
            if (calls.CallsUtc.Count(c => c > window) >= MaxCallsPer30Days)
            {
                return ContactDecision.No("Déjà 4 appels sur les 30 derniers jours : c'est le maximum.");
            }
        }
        return ContactDecision.Yes;
    }
}
