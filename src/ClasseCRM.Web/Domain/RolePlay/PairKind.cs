namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>What a pair session plays (issue 19): a call of a phoning operation, or a visit of a field operation (terrain).</summary>
public enum PairKind
{
    Call = 0,
    Visit = 1,
}
