namespace ClasseCRM.Web.Features.Prospects;

/// <summary>A « Vouliez-vous dire … ? » proposal: the search as it would be typed, and the list's address that runs it.</summary>
public sealed record SearchSuggestion(string Text, string Href);
