namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>An annex of the document: a title, then a text, a table, or both.</summary>
public sealed record DocumentAnnex(string Title, string? Text = null, DocTable? Table = null);
