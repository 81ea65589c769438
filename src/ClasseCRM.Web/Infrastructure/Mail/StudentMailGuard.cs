using System.Collections.Concurrent;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Reminders;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Infrastructure.Mail;

/// <summary>
/// Real mail written by minors (SMTP mode only; Sandbox is unchanged): a student writes only to an address of their
/// workspace's prospect file (a contact's or a prospect's e-mail), only to a domain the administrator allows
/// (<see cref="MailOptions.AllowedDomains"/>), and at most <see cref="MailOptions.DailyCapPerStudent"/> messages a
/// Europe/Paris day, mailings included. Checked where student mail is queued; <see cref="Outbox.Add"/> refuses a
/// student's message that was not approved here in the same request, so no path escapes the rule. The cap holds
/// against a student's concurrent sends (two tabs, a double click): from the check to the end of the request, the
/// student's other sends wait, and then count what this one queued.
/// </summary>
public sealed class StudentMailGuard(AppDbContext db, AccessScope scope, IOptionsMonitor<MailOptions> options, TimeProvider clock) : IDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SendsOfStudent = new();

    private readonly List<string> _approved = [];
    private SemaphoreSlim? _held;

    /// <summary>Whether the rule applies: SMTP mode and a signed-in student.</summary>
    public bool Applies => options.CurrentValue.Mode == MailMode.Smtp && scope.IsStudent;

    /// <summary>The French reason a single address is refused for its domain, or null (always null when the rule does not apply).</summary>
    public string? DomainProblem(string address)
    {
        if (!Applies)
        {
            return null;
        }
        var patterns = AllowedMailDomains.Parse(options.CurrentValue.AllowedDomains);
        if (patterns.Count == 0)
        {
            return "Aucun domaine n'est autorisé par l'administrateur : les élèves ne peuvent pas envoyer de vrais courriels.";
        }
        return AllowedMailDomains.Allows(patterns, address)
            ? null
            : $"Le domaine de l'adresse {address} n'est pas autorisé par l'administrateur pour les vrais courriels.";
    }

    /// <summary>
    /// Checks a whole send (one address per message) and, when it passes, approves it for <see cref="Outbox.Add"/>.
    /// Returns the French reason of the first refusal, or null: then every message may be queued.
    /// </summary>
    public async Task<string?> CheckAsync(int workspaceId, IReadOnlyCollection<string> addresses, CancellationToken ct)
    {
        if (!Applies)
        {
            return null;
        }
        var keys = addresses.Select(Key).ToList();
        var distinct = keys.Distinct().ToList();
        var inFile = await db.Contacts.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.EmailKey != null && distinct.Contains(c.EmailKey))
            .Select(c => c.EmailKey!)
            .Concat(db.Prospects.AsNoTracking()
                .Where(p => p.WorkspaceId == workspaceId && p.EmailKey != null && distinct.Contains(p.EmailKey))
                .Select(p => p.EmailKey!))
            .ToListAsync(ct);
        if (distinct.FirstOrDefault(k => !inFile.Contains(k)) is { } stranger)
        {
            return $"En mode SMTP, un élève n'écrit qu'aux adresses de son fichier prospects : {stranger} n'y figure pas.";
        }
        foreach (var key in distinct)
        {
            if (DomainProblem(key) is { } problem)
            {
                return problem;
            }
        }
        await HoldStudentSendsAsync(ct);
        var cap = options.CurrentValue.DailyCapPerStudent;
        var already = await SentTodayAsync(ct);
        if (already + keys.Count > cap)
        {
            var left = Math.Max(cap - already, 0);
            return keys.Count == 1 || left == 0
                ? $"Limite atteinte : {cap} courriels par jour et par élève (déjà {already} aujourd'hui). Rien n'est parti ; réessayez demain."
                : $"Cet envoi compte {keys.Count} courriels mais il ne vous en reste que {left} aujourd'hui (limite : {cap} par jour et par élève). Rien n'est parti.";
        }
        _approved.AddRange(keys);
        return null;
    }

    /// <summary>Waits for the student's other sends in progress to end; held until this request's scope ends (one server).</summary>
    private async Task HoldStudentSendsAsync(CancellationToken ct)
    {
        if (_held is not null)
        {
            return;
        }
        var gate = SendsOfStudent.GetOrAdd(scope.UserId!, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        _held = gate;
    }

    public void Dispose()
    {
        _held?.Release();
        _held = null;
    }

    /// <summary>Called by the outbox for every message: a student's message in SMTP mode must have been approved by <see cref="CheckAsync"/>.</summary>
    internal void Consume(OutboxDraft draft)
    {
        if (!Applies || draft.WorkspaceId is null)
        {
            return;
        }
        if (!_approved.Remove(Key(draft.ToAddress)))
        {
            throw new InvalidOperationException("Courriel d'élève en mode SMTP non vérifié par StudentMailGuard.CheckAsync.");
        }
    }

    /// <summary>The student's messages that count today (Europe/Paris day): outgoing ones, not kept in the sandbox.</summary>
    private Task<int> SentTodayAsync(CancellationToken ct)
    {
        var day = ParisTime.Day(clock.GetUtcNow().UtcDateTime);
        var from = ParisTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
        var to = ParisTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var userId = scope.UserId;
        // Across every workspace of the student (a pair or a second class): the cap is per student.
        return db.OutboxMessages.IgnoreQueryFilters()
            .CountAsync(m => m.SenderId == userId && m.CreatedAtUtc >= from && m.CreatedAtUtc < to
                && m.Status != OutboxStatus.Received && m.Status != OutboxStatus.Sandboxed, ct);
    }

    private static string Key(string address) => address.Trim().ToLowerInvariant();
}
