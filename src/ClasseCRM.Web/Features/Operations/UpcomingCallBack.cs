namespace ClasseCRM.Web.Features.Operations;

/// <summary>A call-back agreed on the phone and not due yet: the prospect is out of the queue until <paramref name="AtUtc"/>.</summary>
public sealed record UpcomingCallBack(int ProspectId, string Name, DateTime AtUtc);
