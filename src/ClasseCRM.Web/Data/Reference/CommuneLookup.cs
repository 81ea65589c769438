namespace ClasseCRM.Web.Data.Reference;

/// <summary>A town typed on a form, looked up in the communes list: the commune found, or the French reason it was not.</summary>
public sealed record CommuneLookup(Commune? Commune, string? Error);
