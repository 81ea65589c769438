using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Planning;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// What the handed-in document needs of an operation's plan: the operation, the criteria of its target, the student's
/// justifications, calendar and budget, and the texts the student wrote (null when none: the scenario's were used).
/// </summary>
public sealed record OperationPlanSnapshot(
    int OperationId,
    string OperationName,
    Channel Channel,
    string TargetCriteria,
    string? TargetJustification,
    string? TechniqueJustification,
    string? Calendar,
    decimal? Budget,
    string? Script,
    Pitch? Pitch,
    string? LetterSubject,
    string? LetterBody);
