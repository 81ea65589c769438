namespace ClasseCRM.Web.Features.Orders;

/// <summary>A client offered by the quote/order client picker: a fiche of the student's workspace, with its name and town.</summary>
public sealed record ClientChoice(int Id, string Label);
