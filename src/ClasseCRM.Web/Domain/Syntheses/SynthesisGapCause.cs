namespace ClasseCRM.Web.Domain.Syntheses;

/// <summary>
/// 4. Analyse (DOMAIN.md: « the precise cause of each écart »): the cause the student gives for one row of a channel's
/// objectif | réalisé | écart table, keyed by the channel (its enum name, e.g. « Phone ») and the objective's name
/// (« rendez-vous »), as the results list them.
/// </summary>
public sealed record SynthesisGapCause(string Channel, string Objective, string Cause);
