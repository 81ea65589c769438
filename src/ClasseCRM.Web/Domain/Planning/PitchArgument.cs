namespace ClasseCRM.Web.Domain.Planning;

/// <summary>One argument of an argumentaire, in the CAP method: caractéristique, avantage (for this customer), preuve.</summary>
public sealed record PitchArgument(string Characteristic, string Advantage, string Proof)
{
    public const int CellMax = 500;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Characteristic) && string.IsNullOrWhiteSpace(Advantage) && string.IsNullOrWhiteSpace(Proof);
}
