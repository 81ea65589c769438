using System.Globalization;
using System.Text.Json;
using ClasseCRM.Web.Domain.Syntheses;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The rows a student writes in the document: the cause of each objective row (4. Analyse) and the rétroagir table
/// (5. Rétroagir), stored as JSON on the document itself so that a new version copies them and handing in freezes them
/// with the rest. Reads, writes and checks what the form posts.
/// </summary>
public static class SynthesisRows
{
    public const int MaxActions = 30;
    public const int MaxCell = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static List<SynthesisGapCause> Causes(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<SynthesisGapCause>>(json, Json) ?? [];

    public static List<SynthesisAction> Actions(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<SynthesisAction>>(json, Json) ?? [];

    public static string? ToJson<T>(List<T> rows) => rows.Count == 0 ? null : JsonSerializer.Serialize(rows, Json);

    /// <summary>The cause written for an objective row, or null.</summary>
    public static string? CauseOf(IEnumerable<SynthesisGapCause> causes, string channel, string objective) =>
        causes.FirstOrDefault(c => c.Channel == channel && c.Objective == objective)?.Cause;

    /// <summary>An échéance as the student types it: dd/MM/yyyy (one-digit day or month accepted).</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact((text ?? "").Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("dd/MM/yyyy", French.Culture) : "";

    /// <summary>
    /// Checks what the form posted: each échéance is a date dd/MM/yyyy, each cell at most <see cref="MaxCell"/>
    /// characters, at most <see cref="MaxActions"/> rows. Returns the French message of each fault with its field.
    /// </summary>
    public static List<(string Field, string Message)> Check(SynthesisTextViewModel m)
    {
        var errors = new List<(string, string)>();
        for (var i = 0; i < m.Causes.Count; i++)
        {
            if ((m.Causes[i].Cause ?? "").Length > MaxCell)
            {
                errors.Add(($"Causes[{i}].Cause", $"Cause de l'écart « {m.Causes[i].Objective} » : {MaxCell} caractères au plus."));
            }
        }
        var kept = m.Actions.Where(a => !a.Remove && !a.IsBlank).Count();
        if (kept > MaxActions)
        {
            errors.Add(("Actions", $"Le tableau « Rétroagir » a {kept} lignes : {MaxActions} au plus."));
        }
        for (var i = 0; i < m.Actions.Count; i++)
        {
            var a = m.Actions[i];
            if (a.Remove || a.IsBlank)
            {
                continue;
            }
            if (!string.IsNullOrWhiteSpace(a.DueOn) && !TryParseDay(a.DueOn, out _))
            {
                errors.Add(($"Actions[{i}].DueOn", $"Rétroagir, ligne {i + 1} : l'échéance « {a.DueOn.Trim()} » n'est pas une date existante (format jj/mm/aaaa, par exemple 15/01/2027)."));
            }
            foreach (var (value, name) in new[] { (a.Gap, "l'écart"), (a.Cause, "la cause"), (a.Action, "l'action corrective"), (a.Indicator, "l'indicateur de suivi") })
            {
                if ((value ?? "").Length > MaxCell)
                {
                    errors.Add(($"Actions[{i}]", $"Rétroagir, ligne {i + 1} : {name} a {MaxCell} caractères au plus."));
                }
            }
        }
        return errors;
    }

    /// <summary>The causes posted, for the objective rows listed in the results only; a blank cause is no row.</summary>
    public static List<SynthesisGapCause> CausesFrom(SynthesisTextViewModel m, IReadOnlySet<(string Channel, string Objective)> rows) =>
        m.Causes.Where(c => c.Channel is not null && c.Objective is not null && rows.Contains((c.Channel, c.Objective)))
            .Select(c => (c, Text: SynthesisService.Clean(c.Cause)))
            .Where(x => x.Text is not null)
            .DistinctBy(x => (x.c.Channel, x.c.Objective))
            .Select(x => new SynthesisGapCause(x.c.Channel!, x.c.Objective!, x.Text!)).ToList();

    /// <summary>The rows posted, in order, without the blank and the removed ones (call after <see cref="Check"/>).</summary>
    public static List<SynthesisAction> ActionsFrom(SynthesisTextViewModel m) =>
        m.Actions.Where(a => !a.Remove && !a.IsBlank)
            .Select(a => new SynthesisAction(SynthesisService.Clean(a.Gap) ?? "", SynthesisService.Clean(a.Cause) ?? "", SynthesisService.Clean(a.Action) ?? "",
                TryParseDay(a.DueOn, out var d) ? d : null, SynthesisService.Clean(a.Indicator) ?? "", a.ReminderId))
            .ToList();

    /// <summary>Stored rows as the form shows them.</summary>
    public static List<SynthesisActionInput> Inputs(IEnumerable<SynthesisAction> rows) =>
        rows.Select(r => new SynthesisActionInput { Gap = r.Gap, Cause = r.Cause, Action = r.Action, DueOn = Day(r.DueOn), Indicator = r.Indicator, ReminderId = r.ReminderId }).ToList();
}
