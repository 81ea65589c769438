namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// Where a solo exchange stands: the objection being raised (<see cref="Index"/> in the card's list), how firmly it is
/// still held (<see cref="Remaining"/>), the prospect's patience left and how many objections were lifted.
/// </summary>
public sealed record ExchangeState(int Index, int Remaining, int Patience, int Lifted);
