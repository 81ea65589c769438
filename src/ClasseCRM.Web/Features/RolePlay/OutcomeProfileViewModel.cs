using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The class's practice outcome profile, as its teacher sets it on /jeu-de-role/classes/{id}/profil.</summary>
public sealed class OutcomeProfileViewModel
{
    public int ClassId { get; set; }
    public string ClassName { get; set; } = "";
    public int? WrongNumber { get; set; }
    public int? NoAnswer { get; set; }
    public int? Gatekeeper { get; set; }
    public int? DecisionMakerAbsent { get; set; }
    public int? DecisionMakerReached { get; set; }

    public OutcomeProfile Profile => new(WrongNumber ?? -1, NoAnswer ?? -1, Gatekeeper ?? -1, DecisionMakerAbsent ?? -1, DecisionMakerReached ?? -1);

    public static OutcomeProfileViewModel From(int classId, string className, OutcomeProfile p) => new()
    {
        ClassId = classId,
        ClassName = className,
        WrongNumber = p.WrongNumber,
        NoAnswer = p.NoAnswer,
        Gatekeeper = p.Gatekeeper,
        DecisionMakerAbsent = p.DecisionMakerAbsent,
        DecisionMakerReached = p.DecisionMakerReached,
    };
}
