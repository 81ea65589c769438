using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// Pair role play (issue 19, item 2), after the call: the partner records what really happened — whom the caller reached,
/// the card's objections raised, the outcome — and the call is logged once, with the partner's outcome, mode « jeu de
/// rôle », through the phoning rules of a declared call (list, contact rules, dated follow-up, reminders, timeline); the
/// card closes for the partner. Then the partner writes the debrief, one level and a comment per phase of the call.
/// </summary>
public sealed class PairResultService(AppDbContext db, AccessScope scope, OperationService operations, PairSessionService pairs, TimeProvider clock)
{
    public const int CommentMaxLength = 500;

    /// <summary>Records the partner's outcome and logs the call; a refusal (a missing date, a fiche that cannot be called now) saves nothing.</summary>
    public async Task<Outcome> RecordAsync(PairSession s, PairResultInput m, CancellationToken ct)
    {
        if (pairs.RoleIn(s) != PairRole.Partner || s.IsVisit)
        {
            return Outcome.NotFound;
        }
        if (s.State != PairState.Open)
        {
            return Outcome.Refused(s.IsFinished ? "Vous avez déjà noté le résultat de cet appel." : "Rejoignez d'abord l'appel.");
        }
        var call = new CallLogViewModel { ProspectId = s.ProspectId, ContactId = s.ContactId, Outcome = m.Outcome, FollowUpAt = m.FollowUpAt, Notes = m.Notes };
        if (operations.CheckCall(call).FirstOrDefault() is { Message: not null } wrong)
        {
            return Outcome.Refused(wrong.Message, wrong.Field);
        }
        // The partner logs the call in the caller's workspace: for this request, they read and write there.
        scope.AllowPairPartner(s.WorkspaceId);
        var card = await db.RoleCards.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == s.WorkspaceId && c.ProspectId == s.ProspectId, ct);
        var raised = m.Objections.Where(o => !string.IsNullOrWhiteSpace(o)).Distinct().ToList();
        if (raised.Any(o => card?.Objections.All(c => c.Text != o) != false))
        {
            return Outcome.Refused("Choisissez les objections soulevées parmi celles de la carte de rôle.", "Objections");
        }
        var operation = await db.Operations.AsNoTracking().FirstAsync(o => o.Id == s.OperationId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        s.Reached = m.Reached;
        s.RaisedObjections = raised;
        s.PartnerOutcome = m.Outcome;
        s.PartnerNotes = string.IsNullOrWhiteSpace(m.Notes) ? null : m.Notes.Trim();
        s.State = PairState.Finished;
        s.FinishedAtUtc = now;
        s.Log($"{PairSessionService.Clock(now)} — {s.PartnerName} note : joint {PairLabels.Of(m.Reached!.Value)}"
            + (raised.Count > 0 ? $", {Infrastructure.Formatting.French.Plural(raised.Count, "objection soulevée", "objections soulevées")}" : ", aucune objection")
            + $", {CallOutcomes.Label(m.Outcome!.Value)}");
        call.Notes = $"Jeu de rôle en binôme avec {s.PartnerName} : joint {PairLabels.Of(m.Reached.Value)}"
            + (raised.Count > 0 ? $" ; objections : {string.Join(" / ", raised)}" : "")
            + "." + (s.PartnerNotes is { } n ? $" {n}" : "");
        if (call.Notes.Length > 2000)
        {
            call.Notes = call.Notes[..2000];
        }
        var outcome = await operations.LogCallAsync(operation, call, s.CallerName, ct, CallMode.RolePlay, logged =>
        {
            // The call is the caller's, in the caller's workspace, even though the partner saves it.
            logged.AuthorId = s.CallerId;
            s.Call = logged;
        });
        if (!outcome.Succeeded)
        {
            // Nothing was saved: the page shows the session as it is, still open.
            await db.Entry(s).ReloadAsync(ct);
        }
        return outcome;
    }

    /// <summary>Saves the partner's debrief (once the outcome is recorded): every phase of the call or visit (<see cref="PairLabels.PhasesOf"/>) needs a level, comments are short.</summary>
    public async Task<Outcome> DebriefAsync(PairSession s, PairDebriefInput m, CancellationToken ct)
    {
        if (pairs.RoleIn(s) != PairRole.Partner)
        {
            return Outcome.NotFound;
        }
        if (!s.IsFinished)
        {
            return Outcome.Refused(s.IsVisit ? "Notez d'abord la conclusion de la visite, puis le débrief." : "Notez d'abord le résultat de l'appel, puis le débrief.");
        }
        var items = new List<PairDebriefItem>();
        var phases = PairLabels.PhasesOf(s.Kind);
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            var level = m.Levels.ElementAtOrDefault(i);
            if (level is not { } l || !Enum.IsDefined(l))
            {
                return Outcome.Refused($"Choisissez un niveau pour « {PairLabels.Of(phase, s.Kind)} ».", $"Levels[{i}]");
            }
            var comment = m.Comments.ElementAtOrDefault(i)?.Trim();
            if (comment?.Length > CommentMaxLength)
            {
                return Outcome.Refused($"Le commentaire sur « {PairLabels.Of(phase, s.Kind)} » dépasse {CommentMaxLength} caractères.", $"Comments[{i}]");
            }
            items.Add(new PairDebriefItem { Phase = phase, Level = l, Comment = string.IsNullOrEmpty(comment) ? null : comment });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        s.Debrief = items;
        if (s.DebriefedAtUtc is null)
        {
            s.Log($"{PairSessionService.Clock(now)} — {s.PartnerName} écrit le débrief");
        }
        s.DebriefedAtUtc = now;
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
