namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>One class of the ABC table: how many customers, their CA HT over the period and its share of the total.</summary>
public sealed record SynthesisAbcLine(string Class, int Customers, decimal Revenue, decimal Share);
