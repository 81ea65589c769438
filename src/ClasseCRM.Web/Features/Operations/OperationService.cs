using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Features.Prospects;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// Prospecting operations: plan (objectives, target list from explicit criteria, channel rules applied with a reason
/// per excluded prospect), run a phoning session (one prospect at a time, every call logged with its outcome code), and
/// measure (funnel, ratios with their formulas, objectives against results).
/// </summary>
public sealed class OperationService(AppDbContext db, ProspectService prospects, WorkspaceContext workspace, Reminders.ReminderPlanner reminders, TimeProvider clock)
{
    public const int MaxTargets = 500;

    public const string NotInListMessage = "Ce prospect ne fait pas partie de la liste d'appels de l'opération : l'appel n'est pas enregistré.";

    public const string PlayedCallsOnlyMessage = "Cette opération n'accepte que les appels joués : lancez l'appel avec le simulateur ou avec un partenaire, le résultat sera celui de l'échange.";

    public Task<List<Operation>> ListAsync(int workspaceId, CancellationToken ct) =>
        db.Operations.AsNoTracking().Where(o => o.WorkspaceId == workspaceId).OrderByDescending(o => o.StartDate).ThenByDescending(o => o.Id).ToListAsync(ct);

    public Task<Operation?> FindAsync(int id, CancellationToken ct) => db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>Creates the operation and its target list: the prospects matching the criteria, each checked against the channel's lasting rules.</summary>
    public async Task<int> CreateAsync(int workspaceId, OperationCreateViewModel m, CancellationToken ct)
    {
        var query = new ProspectQuery
        {
            Statut = m.TargetStatus,
            Potentiel = m.TargetPotential,
            Section = m.TargetSection,
            Dept = m.TargetDepartment,
            SansContact = m.TargetNotContactedDays,
            Ville = m.TargetCity,
            EffectifMin = m.TargetMinEmployees,
            EffectifMax = m.TargetMaxEmployees,
            Tri = "nom",
        };
        var criteria = new List<string>();
        if (m.TargetStatus is { } s) { criteria.Add($"statut : {Labels.Of(s)}"); }
        if (m.TargetPotential is { } p) { criteria.Add($"potentiel : {p}"); }
        if (NafFilter.Parse(m.TargetSection) is { Kind: NafFilterKind.Section or NafFilterKind.SubClass } naf)
        {
            criteria.Add(naf.Kind == NafFilterKind.Section ? $"section NAF : {naf.Code}" : $"code NAF : {naf.Code}");
        }
        if (!string.IsNullOrWhiteSpace(m.TargetDepartment)) { criteria.Add($"département : {m.TargetDepartment.Trim().ToUpperInvariant()}"); }
        if (!string.IsNullOrWhiteSpace(m.TargetCity)) { criteria.Add($"ville ou code postal : {m.TargetCity.Trim()}"); }
        if (m.TargetMinEmployees is { } min) { criteria.Add($"effectif d'au moins {min}"); }
        if (m.TargetMaxEmployees is { } max) { criteria.Add($"effectif d'au plus {max}"); }
        if (m.TargetNotContactedDays is { } d) { criteria.Add($"pas contacté depuis {d} jours"); }

        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await prospects.Filter(workspaceId, query).Take(MaxTargets).ToListAsync(ct);
        var operation = new Operation
        {
            WorkspaceId = workspaceId,
            Name = m.Name.Trim(),
            Channel = m.Channel,
            StartDate = m.StartDate!.Value,
            EndDate = m.EndDate!.Value,
            Goal = m.Goal?.Trim() ?? "",
            ObjectiveContacts = m.ObjectiveContacts,
            ObjectiveAppointments = m.ObjectiveAppointments,
            ObjectiveOrders = m.ObjectiveOrders,
            ObjectiveRevenue = Money.Cents(m.ObjectiveRevenue),
            TargetCriteria = criteria.Count == 0 ? "tout le fichier" : string.Join(" ; ", criteria),
            CreatedAtUtc = now,
        };
        var situation = await ContactSituation.LoadAsync(db, workspaceId, candidates.Select(c => c.Id).ToList(), ct);
        var position = 0;
        foreach (var prospect in candidates)
        {
            var decision = situation.Check(prospect, m.Channel, now, timeRules: false);
            operation.Targets.Add(new OperationTarget
            {
                WorkspaceId = workspaceId,
                ProspectId = prospect.Id,
                Position = ++position,
                Excluded = !decision.Allowed,
                ExclusionReason = decision.Reason,
            });
        }
        db.Operations.Add(operation);
        if (!string.IsNullOrWhiteSpace(m.TargetJustification) || !string.IsNullOrWhiteSpace(m.TechniqueJustification))
        {
            db.OperationPlans.Add(new Domain.Planning.OperationPlan
            {
                WorkspaceId = workspaceId,
                Operation = operation,
                TargetJustification = string.IsNullOrWhiteSpace(m.TargetJustification) ? null : m.TargetJustification.ReplaceLineEndings("\n").Trim(),
                TechniqueJustification = string.IsNullOrWhiteSpace(m.TechniqueJustification) ? null : m.TechniqueJustification.ReplaceLineEndings("\n").Trim(),
                UpdatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
        return operation.Id;
    }

    public Task<List<OperationTarget>> TargetsAsync(int operationId, CancellationToken ct) =>
        db.OperationTargets.AsNoTracking().Include(t => t.Prospect).Where(t => t.OperationId == operationId).OrderBy(t => t.Position).ToListAsync(ct);

    /// <summary>
    /// The prospect to call: the one asked for (a call-back reminder's link) when it is on the operation's non-excluded
    /// list, else the head of the queue (<see cref="PhoningQueue"/>), or the entry after a skipped one.
    /// </summary>
    public async Task<PhoningViewModel> PhoningAsync(Operation operation, int? prospectId, int? after, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queue = await PhoningQueue.LoadAsync(db, operation.Id, now, ct);
        string? notice = null;
        var shown = prospectId;
        if (prospectId is { } asked && !await IsTargetAsync(operation.Id, asked, ct))
        {
            notice = "Ce prospect ne fait pas partie de la liste d'appels de cette opération : voici le prochain prospect à appeler.";
            shown = null;
        }
        // After a skipped prospect: the next entry of the queue (from the start when the skipped one has left it).
        shown ??= queue.ElementAtOrDefault(after is { } a ? queue.FindIndex(e => e.ProspectId == a) + 1 : 0)?.ProspectId;
        var recent = await CallsAsync(operation.Id, null, 10, ct);
        var scenarioId = await db.Workspaces.Where(w => w.Id == operation.WorkspaceId).Select(w => w.ScenarioId).FirstAsync(ct);
        var scenario = await db.Scenarios.AsNoTracking().Include(s => s.Objections.OrderBy(o => o.SortOrder)).FirstAsync(s => s.Id == scenarioId, ct);
        var upcoming = await PhoningQueue.UpcomingAsync(db, operation.Id, now, 10, ct);
        var plan = await db.OperationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.OperationId == operation.Id, ct);
        if (shown is not { } id)
        {
            return new PhoningViewModel(operation, null, null, queue.Count, recent, scenario, workspace.CanWrite(operation.WorkspaceId)) { Upcoming = upcoming, Notice = notice, Plan = plan };
        }
        var prospect = await db.Prospects.AsNoTracking().Include(p => p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id)).FirstAsync(p => p.Id == id, ct);
        var situation = await ContactSituation.LoadAsync(db, operation.WorkspaceId, [prospect.Id], ct);
        var decision = situation.Check(prospect, Channel.Phone, now, await HistoryAsync(prospect.Id, ct));
        return new PhoningViewModel(operation, prospect, decision, queue.Count, recent, scenario, workspace.CanWrite(operation.WorkspaceId))
        {
            ProspectCalls = await CallsAsync(operation.Id, id, 20, ct),
            Upcoming = upcoming,
            Notice = notice,
            Plan = plan,
            DueCallBackAtUtc = queue.FirstOrDefault(e => e.ProspectId == id)?.CallBackAtUtc,
        };
    }

    /// <summary>The rules on the agreed date of a call (<see cref="CallLogRules"/>), on the injected clock.</summary>
    public IEnumerable<(string Field, string Message)> CheckCall(CallLogViewModel m) => CallLogRules.Check(m, clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Why the prospect cannot be called now in this operation (not on its list, or the contact rules: opposition,
    /// calling hours…), as a refusal in French; done when it can. A played call asks before the ring, as a declared one does when logged.
    /// </summary>
    public async Task<Outcome> CheckCallableAsync(Operation operation, int prospectId, CancellationToken ct)
    {
        var prospect = await IsTargetAsync(operation.Id, prospectId, ct) ? await db.Prospects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == prospectId, ct) : null;
        if (prospect is null)
        {
            return Outcome.Refused(NotInListMessage);
        }
        var situation = await ContactSituation.LoadAsync(db, operation.WorkspaceId, [prospect.Id], ct);
        var decision = situation.Check(prospect, Channel.Phone, clock.GetUtcNow().UtcDateTime, await HistoryAsync(prospect.Id, ct));
        return decision.Allowed ? Outcome.Done : Outcome.Refused(decision.Reason ?? "Ce prospect ne peut pas être appelé.");
    }

    private Task<bool> IsTargetAsync(int operationId, int prospectId, CancellationToken ct) =>
        db.OperationTargets.AnyAsync(t => t.OperationId == operationId && t.ProspectId == prospectId && !t.Excluded, ct);

    /// <summary>The operation's calls (of one prospect, when given), latest first.</summary>
    private Task<List<RecentCall>> CallsAsync(int operationId, int? prospectId, int take, CancellationToken ct) =>
        db.CallLogs.AsNoTracking().Where(c => c.OperationId == operationId && (prospectId == null || c.ProspectId == prospectId))
            .Join(db.Prospects, c => c.ProspectId, p => p.Id, (c, p) => new { Call = c, p.Name })
            .OrderByDescending(x => x.Call.CalledAtUtc).ThenByDescending(x => x.Call.Id).Take(take)
            .Select(x => new RecentCall(x.Call.ProspectId, x.Name, x.Call.Outcome, x.Call.CalledAtUtc, x.Call.FollowUpAtUtc, x.Call.Notes,
                x.Call.Author == null ? null : x.Call.Author.FirstName + " " + x.Call.Author.LastName, x.Call.Mode,
                x.Call.Mode == CallMode.RolePlay ? db.PairSessions.Where(s => s.CallLogId == x.Call.Id).Select(s => (int?)s.Id).FirstOrDefault()
                : x.Call.Mode == CallMode.Simulator ? db.RolePlaySessions.Where(s => s.CallLogId == x.Call.Id).Select(s => (int?)s.Id).FirstOrDefault() : null))
            .ToListAsync(ct);

    /// <summary>
    /// Logs a call on the prospect shown (it must be on the operation's non-excluded list, the contact one of its
    /// contacts): the outcome, the notes, the agreed follow-up; the prospect's last contact and timeline follow. A
    /// call-back opens or moves its reminder (and brings the prospect back into the queue at that time); any other
    /// outcome closes it. Returns a French error and saves nothing when the call cannot be logged; a declared outcome is
    /// refused on an operation whose teacher asked for played calls only (« appels joués uniquement »). A played call
    /// hands the new row to <paramref name="logged"/>, saved in the same transaction as what the caller tracked.
    /// </summary>
    public async Task<Outcome> LogCallAsync(Operation operation, CallLogViewModel m, string author, CancellationToken ct,
        CallMode mode = CallMode.Declared, Action<CallLog>? logged = null)
    {
        if (mode == CallMode.Declared && operation.PlayedCallsOnly)
        {
            return Outcome.Refused(PlayedCallsOnlyMessage);
        }
        var prospect = await IsTargetAsync(operation.Id, m.ProspectId, ct) ? await db.Prospects.FirstOrDefaultAsync(p => p.Id == m.ProspectId, ct) : null;
        if (prospect is null)
        {
            return Outcome.Refused(NotInListMessage);
        }
        if (m.ContactId is { } contactId && !await db.Contacts.AnyAsync(c => c.Id == contactId && c.ProspectId == prospect.Id, ct))
        {
            return Outcome.Refused("Cet interlocuteur n'est pas un contact de ce prospect : l'appel n'est pas enregistré.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var situation = await ContactSituation.LoadAsync(db, operation.WorkspaceId, [prospect.Id], ct);
        var decision = situation.Check(prospect, Channel.Phone, now, await HistoryAsync(prospect.Id, ct));
        if (!decision.Allowed)
        {
            return Outcome.Refused(decision.Reason ?? "Ce prospect ne peut pas être appelé.");
        }
        var outcome = m.Outcome!.Value;
        var stages = CallOutcomes.Stages(outcome);
        DateTime? followUp = m.FollowUpAt is { } local && CallOutcomes.NeedsDate(outcome) ? French.FromParis(local) : null;
        var call = new CallLog
        {
            WorkspaceId = operation.WorkspaceId,
            OperationId = operation.Id,
            ProspectId = prospect.Id,
            ContactId = m.ContactId,
            Outcome = outcome,
            Mode = mode,
            Notes = string.IsNullOrWhiteSpace(m.Notes) ? null : m.Notes.Trim(),
            CalledAtUtc = now,
            FollowUpAtUtc = followUp,
        };
        db.CallLogs.Add(call);
        logged?.Invoke(call);
        if (stages.HasFlag(FunnelStage.Reached))
        {
            prospect.LastContactAtUtc = now;
        }
        if (stages.HasFlag(FunnelStage.Appointment) || stages.HasFlag(FunnelStage.Order))
        {
            if (prospect.Status == ProspectStatus.Suspect)
            {
                prospect.Status = ProspectStatus.Prospect;
            }
        }
        var text = $"Appel ({operation.Name}{(mode == CallMode.Declared ? "" : $", {CallModes.Label(mode)}")}) : {CallOutcomes.Label(outcome)}."
            + (followUp is { } f ? $" Suite prévue le {French.Timestamp(f)}." : "")
            + (call.Notes is { } n ? $" {n}" : "");
        db.ProspectNotes.Add(ProspectNote.Event(operation.WorkspaceId, prospect.Id, text, author, now));
        var callBackKey = $"call:{operation.Id}:{prospect.Id}";
        if (followUp is { } at && CallOutcomes.IsCallBack(outcome))
        {
            await reminders.UpsertAsync(new(operation.WorkspaceId, callBackKey, Domain.Reminders.ReminderKind.CallBack, at,
                Domain.Reminders.ReminderTexts.CallBack(prospect.Name), prospect.Id, operation.Id,
                Details: $"{CallOutcomes.Label(outcome)}." + (call.Notes is { } said ? $" {said}" : "")), ct);
        }
        else
        {
            // The call-back was made: its reminder is done.
            await reminders.CloseAsync(operation.WorkspaceId, callBackKey, Domain.Reminders.ReminderStatus.Done, ct);
        }
        if (followUp is { } rdv && outcome == CallOutcome.AppointmentMade)
        {
            // The day before the appointment: prepare the visit and confirm.
            await reminders.UpsertAsync(new(operation.WorkspaceId, $"rdv:{operation.Id}:{prospect.Id}", Domain.Reminders.ReminderKind.AppointmentTomorrow, rdv.AddDays(-1),
                Domain.Reminders.ReminderTexts.AppointmentTomorrow(prospect.Name, rdv), prospect.Id, operation.Id, Details: "Préparez la visite (fiche de préparation) et confirmez le rendez-vous."), ct);
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    public Task<List<OperationCost>> CostsAsync(int operationId, CancellationToken ct) =>
        db.OperationCosts.AsNoTracking().Where(c => c.OperationId == operationId).OrderBy(c => c.IsVariable).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task AddCostAsync(Operation operation, OperationCostViewModel m, CancellationToken ct)
    {
        db.OperationCosts.Add(new OperationCost
        {
            WorkspaceId = operation.WorkspaceId,
            OperationId = operation.Id,
            Label = m.Label!.Trim(),
            IsVariable = m.IsVariable,
            Quantity = m.Quantity!.Value,
            UnitCost = m.UnitCost!.Value,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> DeleteCostAsync(Operation operation, int costId, CancellationToken ct) =>
        await db.OperationCosts.Where(c => c.Id == costId && c.OperationId == operation.Id).ExecuteDeleteAsync(ct) == 1;

    private async Task<CallHistory> HistoryAsync(int prospectId, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-90);
        var calls = await db.CallLogs.AsNoTracking().Where(c => c.ProspectId == prospectId && c.CalledAtUtc > since)
            .Select(c => new { c.CalledAtUtc, c.Outcome }).ToListAsync(ct);
        var refusal = calls.Where(c => c.Outcome == CallOutcome.RefusedBeforePitch).Select(c => (DateTime?)c.CalledAtUtc).Max();
        return new CallHistory(calls.Select(c => c.CalledAtUtc).ToList(), refusal);
    }
}
