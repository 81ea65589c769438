namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>The techniques of objection handling a student may choose in a solo exchange (DOMAIN.md « Argumentation »).</summary>
public enum ObjectionTechnique
{
    Reformulation = 0,
    YesBut = 1,
    Boomerang = 2,
    Question = 3,
    Proof = 4,
    Compensation = 5,
}
