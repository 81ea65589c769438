namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>The buying motives SONCAS(E) of DOMAIN.md « Découverte »: the one that weighs most drives a role card's prospect.</summary>
public enum SoncasMotive
{
    Security = 0,
    Pride = 1,
    Novelty = 2,
    Comfort = 3,
    Money = 4,
    Sympathy = 5,
    Environment = 6,
}
