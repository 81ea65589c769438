namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>An objection of a role card, taken from the scenario's grid, with how firmly the prospect holds it.</summary>
public sealed class RoleCardObjection
{
    public string Text { get; set; } = "";
    public string Type { get; set; } = "";
    public Firmness Firmness { get; set; }
}
