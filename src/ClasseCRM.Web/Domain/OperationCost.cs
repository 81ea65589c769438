namespace ClasseCRM.Web.Domain;

/// <summary>A cost of an operation: fixed (fichier, impression…) or variable (per call, per letter, per km), quantity × unit cost.</summary>
public sealed class OperationCost : IWorkspaceOwned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public int OperationId { get; set; }
    public string Label { get; set; } = "";
    public bool IsVariable { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitCost { get; set; }

    /// <summary>Quantity × unit cost, rounded to the cent (half away from zero).</summary>
    public decimal Amount => Figures.Money.Cents(Quantity * UnitCost);
}
