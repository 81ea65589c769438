namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>How firmly a role card's prospect holds an objection: the number of good answers it takes is <see cref="SoloExchange"/>'s business.</summary>
public enum Firmness
{
    Low = 1,
    Medium = 2,
    High = 3,
}
