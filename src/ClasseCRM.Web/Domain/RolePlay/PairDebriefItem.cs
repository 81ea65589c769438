namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>One line of a pair session's debrief: a phase of the call, its level and the partner's comment.</summary>
public sealed class PairDebriefItem
{
    public CallPhase Phase { get; set; }
    public SkillLevel Level { get; set; }
    public string? Comment { get; set; }
}
