namespace ClasseCRM.Web.Domain.Syntheses;

/// <summary>
/// A row of 5. Rétroagir (DOMAIN.md): écart → cause → action corrective → échéance → indicateur de suivi. A row proposed
/// from an open reminder keeps its <see cref="ReminderId"/>, so taking the open reminders again adds only the new ones.
/// </summary>
public sealed record SynthesisAction(string Gap, string Cause, string Action, DateOnly? DueOn, string Indicator, int? ReminderId = null);
