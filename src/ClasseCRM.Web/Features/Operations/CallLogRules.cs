using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// The agreed date of a call: required for « décideur absent, à rappeler », « argumenté, à rappeler » and « RDV obtenu »
/// (the reminders and the queue need it), to come (a call-back or a meeting is never in the past), and refused for any
/// other outcome (it would be kept without any reminder).
/// </summary>
public static class CallLogRules
{
    public static IEnumerable<(string Field, string Message)> Check(CallLogViewModel m, DateTime nowUtc)
    {
        if (m.Outcome is not { } outcome)
        {
            yield break;
        }
        var what = outcome == CallOutcome.AppointmentMade ? "du rendez-vous obtenu" : $"du rappel convenu (« {CallOutcomes.Label(outcome)} »)";
        if (m.FollowUpAt is not { } local)
        {
            if (CallOutcomes.NeedsDate(outcome))
            {
                yield return (nameof(m.FollowUpAt), $"Indiquez la date et l'heure {what}.");
            }
            yield break;
        }
        if (!CallOutcomes.NeedsDate(outcome))
        {
            yield return (nameof(m.FollowUpAt), $"« {CallOutcomes.Label(outcome)} » ne prévoit pas de suite datée : effacez la date, ou choisissez « à rappeler » ou « RDV obtenu ».");
            yield break;
        }
        if (ToUtc(local) is not { } at)
        {
            yield return (nameof(m.FollowUpAt), "Cette heure n'existe pas à Paris (passage à l'heure d'été) : choisissez-en une autre.");
            yield break;
        }
        // Minute precision, as typed: "now" written in the form (10:30 at 10:30:40) is not in the past.
        if (at < nowUtc.AddTicks(-(nowUtc.Ticks % TimeSpan.TicksPerMinute)))
        {
            yield return (nameof(m.FollowUpAt), $"La date {what} ({French.Timestamp(at)}) est déjà passée : indiquez une date à venir.");
        }
    }

    /// <summary>The time typed in Paris as UTC; null for a time skipped when the clocks go forward.</summary>
    private static DateTime? ToUtc(DateTime local)
    {
        try
        {
            return French.FromParis(local);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
