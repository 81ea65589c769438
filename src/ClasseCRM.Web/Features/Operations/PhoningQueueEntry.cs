namespace ClasseCRM.Web.Features.Operations;

/// <summary>A prospect waiting in the phoning session's queue; <paramref name="CallBackAtUtc"/> is the agreed time of a call-back that fell due.</summary>
public sealed record PhoningQueueEntry(int ProspectId, int Position, DateTime? CallBackAtUtc);
