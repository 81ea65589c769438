using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Planning;
using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;
using PlanRow = ClasseCRM.Web.Domain.Planning.OperationPlan;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// The student's plan of an operation (« Mon plan de prospection »): justifications, calendar, budget, and the three
/// texts — plan d'appel, argumentaire, letter — each started from the scenario as an editable copy and kept in
/// versions. The letter is the operation's mail-merge template, so the mailing sends what the plan says.
/// </summary>
public sealed class OperationPlanService(AppDbContext db, WorkspaceContext workspace, TimeProvider clock)
{
    /// <summary>The page: what is saved, or the scenario's copies to start from; the list of versions.</summary>
    public async Task<OperationPlanPageViewModel> PageAsync(Operation operation, OperationPlanInput? typed, CancellationToken ct)
    {
        var plan = await db.OperationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.OperationId == operation.Id, ct);
        var scenario = await ScenarioAsync(operation.WorkspaceId, ct);
        var input = typed ?? InputOf(operation, plan, scenario);
        while (input.Arguments.Count < Math.Min(Pitch.MaxArguments, Math.Max(3, input.Arguments.Count(a => !IsBlank(a)) + 2)))
        {
            input.Arguments.Add(new PitchArgumentInput());
        }
        var versions = await db.OperationPlanVersions.AsNoTracking().Where(v => v.OperationId == operation.Id)
            .OrderBy(v => v.Kind).ThenByDescending(v => v.Number)
            .Select(v => new PlanVersionItem(v.Id, v.Kind, v.Number, v.SavedAtUtc, v.Author == null ? null : v.Author.FirstName + " " + v.Author.LastName))
            .ToListAsync(ct);
        return new OperationPlanPageViewModel(operation, input, versions, workspace.CanWrite(operation.WorkspaceId),
            plan?.Script is not null, plan?.Pitch is not null, operation.MailBody is not null);
    }

    /// <summary>The French errors of the form beyond its fields' own rules (too many arguments, a letter half written).</summary>
    public static IEnumerable<(string Field, string Message)> Check(OperationPlanInput input)
    {
        if (input.Arguments.Count(a => !IsBlank(a)) > Pitch.MaxArguments)
        {
            yield return (nameof(input.Arguments), $"L'argumentaire compte {Pitch.MaxArguments} arguments au plus.");
        }
        if (string.IsNullOrWhiteSpace(input.MailSubject) != string.IsNullOrWhiteSpace(input.MailBody))
        {
            yield return (string.IsNullOrWhiteSpace(input.MailSubject) ? nameof(input.MailSubject) : nameof(input.MailBody),
                "La lettre a besoin d'un objet et d'un texte (ou laissez les deux vides pour garder le modèle proposé).");
        }
    }

    /// <summary>
    /// Saves the plan in one transaction. A text is the student's own once it differs from the scenario's copy; each
    /// text saved changed gets a new version (number, date, author), so the earlier ones stay readable.
    /// </summary>
    public async Task SaveAsync(Operation operation, OperationPlanInput input, string? authorId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var scenario = await ScenarioAsync(operation.WorkspaceId, ct);
        var plan = await db.OperationPlans.FirstOrDefaultAsync(p => p.OperationId == operation.Id, ct);
        if (plan is null)
        {
            plan = new PlanRow { WorkspaceId = operation.WorkspaceId, OperationId = operation.Id };
            db.OperationPlans.Add(plan);
        }
        plan.TargetJustification = Text(input.TargetJustification);
        plan.TechniqueJustification = Text(input.TechniqueJustification);
        plan.Calendar = Text(input.Calendar);
        plan.Budget = input.Budget is { } budget ? Money.Cents(budget) : null;
        plan.UpdatedAtUtc = now;

        var script = Text(input.Script);
        if (script is not null && plan.Script is null && script == Text(PlanDefaults.Script(scenario)))
        {
            script = null;
        }
        if (script is not null && script != plan.Script)
        {
            await AddVersionAsync(operation, PlanText.Script, plan.Script, null, script, null, authorId, now, ct);
        }
        plan.Script = script;

        var typedPitch = input.ToPitch();
        var pitch = typedPitch.IsEmpty ? null : typedPitch.ToStored();
        if (pitch is not null && plan.Pitch is null && pitch == Pitch.FromScenario(scenario.SalesPitch).ToStored())
        {
            pitch = null;
        }
        if (pitch is not null && pitch != plan.Pitch)
        {
            await AddVersionAsync(operation, PlanText.Pitch, plan.Pitch, null, pitch, null, authorId, now, ct);
        }
        plan.Pitch = pitch;

        if (Text(input.MailSubject) is { } subject && Text(input.MailBody) is { } body)
        {
            await SaveLetterAsync(operation, subject, body, authorId, scenario, now, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Saves the letter (the operation's mail-merge template) from the plan or the mailing page; a letter that changes
    /// gets a version. The letter proposed from the scenario, saved untouched, stays the proposal (nothing is stored).
    /// </summary>
    public async Task SaveLetterAsync(Operation operation, string subject, string body, string? authorId, CancellationToken ct)
    {
        await SaveLetterAsync(operation, subject, body, authorId, await ScenarioAsync(operation.WorkspaceId, ct), clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task SaveLetterAsync(Operation operation, string subject, string body, string? authorId, Scenario scenario, DateTime now, CancellationToken ct)
    {
        var row = await db.Operations.FirstAsync(o => o.Id == operation.Id, ct);
        subject = subject.Trim();
        body = Text(body) ?? "";
        var (defaultSubject, defaultBody) = PlanDefaults.Letter(scenario, operation.Channel);
        if (row.MailBody is null && subject == defaultSubject.Trim() && body == Text(defaultBody))
        {
            return;
        }
        if (subject == row.MailSubject && body == row.MailBody)
        {
            return;
        }
        await AddVersionAsync(operation, PlanText.Letter, row.MailBody, row.MailSubject, body, subject, authorId, now, ct);
        row.MailSubject = subject;
        row.MailBody = body;
    }

    /// <summary>
    /// Adds the version of a text being saved changed. A text saved before versions existed (a mailing's template) is
    /// kept first as version 1, without an author, dated when the operation was created.
    /// </summary>
    private async Task AddVersionAsync(Operation operation, PlanText kind, string? oldText, string? oldSubject, string text, string? subject, string? authorId, DateTime now, CancellationToken ct)
    {
        var number = await db.OperationPlanVersions.Where(v => v.OperationId == operation.Id && v.Kind == kind).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        if (number == 0 && oldText is not null)
        {
            db.OperationPlanVersions.Add(new OperationPlanVersion
            {
                WorkspaceId = operation.WorkspaceId, OperationId = operation.Id, Kind = kind, Number = ++number,
                Subject = oldSubject, Text = oldText, SavedAtUtc = operation.CreatedAtUtc,
            });
        }
        db.OperationPlanVersions.Add(new OperationPlanVersion
        {
            WorkspaceId = operation.WorkspaceId, OperationId = operation.Id, Kind = kind, Number = number + 1,
            Subject = subject, Text = text, SavedAtUtc = now, AuthorId = authorId,
        });
    }

    /// <summary>One version of a text of the operation's plan, with its author's name; null when it is not one of this operation's.</summary>
    public async Task<(OperationPlanVersion Version, string? Author)?> VersionAsync(int operationId, int versionId, CancellationToken ct)
    {
        var found = await db.OperationPlanVersions.AsNoTracking().Where(v => v.Id == versionId && v.OperationId == operationId)
            .Select(v => new { Version = v, Author = v.Author == null ? null : v.Author.FirstName + " " + v.Author.LastName }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Version, found.Author);
    }

    /// <summary>The plans of the given operations of a workspace, for the handed-in document, in the order of the ids given.</summary>
    public async Task<List<OperationPlanSnapshot>> SnapshotsAsync(int workspaceId, IReadOnlyCollection<int> operationIds, CancellationToken ct)
    {
        var operations = await db.Operations.AsNoTracking().Where(o => o.WorkspaceId == workspaceId && operationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var plans = await db.OperationPlans.AsNoTracking().Where(p => p.WorkspaceId == workspaceId && operationIds.Contains(p.OperationId)).ToDictionaryAsync(p => p.OperationId, ct);
        return operationIds.Where(operations.ContainsKey).Select(id =>
        {
            var o = operations[id];
            var p = plans.GetValueOrDefault(id);
            return new OperationPlanSnapshot(o.Id, o.Name, o.Channel, o.TargetCriteria, p?.TargetJustification, p?.TechniqueJustification, p?.Calendar,
                p?.Budget, p?.Script, p?.Pitch is { } stored ? Pitch.Parse(stored) : null, o.MailSubject, o.MailBody);
        }).ToList();
    }

    private static OperationPlanInput InputOf(Operation operation, PlanRow? plan, Scenario scenario)
    {
        var pitch = plan?.Pitch is { } stored ? Pitch.Parse(stored) : Pitch.FromScenario(scenario.SalesPitch);
        var (subject, body) = PlanDefaults.Letter(scenario, operation.Channel);
        return new OperationPlanInput
        {
            TargetJustification = plan?.TargetJustification,
            TechniqueJustification = plan?.TechniqueJustification,
            Calendar = plan?.Calendar,
            Budget = plan?.Budget,
            Script = plan?.Script ?? PlanDefaults.Script(scenario),
            Hook = pitch.Hook,
            Arguments = pitch.Arguments.Select(a => new PitchArgumentInput { Characteristic = a.Characteristic, Advantage = a.Advantage, Proof = a.Proof }).ToList(),
            MailSubject = operation.MailSubject ?? subject,
            MailBody = operation.MailBody ?? body,
        };
    }

    private async Task<Scenario> ScenarioAsync(int workspaceId, CancellationToken ct)
    {
        var scenarioId = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.ScenarioId).FirstAsync(ct);
        return await db.Scenarios.AsNoTracking().Include(s => s.Objections).FirstAsync(s => s.Id == scenarioId, ct);
    }

    private static bool IsBlank(PitchArgumentInput a) =>
        string.IsNullOrWhiteSpace(a.Characteristic) && string.IsNullOrWhiteSpace(a.Advantage) && string.IsNullOrWhiteSpace(a.Proof);

    /// <summary>A typed text as stored: line endings as "\n", no trailing blanks; null when nothing was typed.</summary>
    private static string? Text(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : typed.ReplaceLineEndings("\n").Trim();
}
