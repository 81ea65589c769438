using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The partner's debrief as posted: one level and one comment per phase, in the order of <see cref="PairLabels.Phases"/>.</summary>
public sealed class PairDebriefInput
{
    public List<SkillLevel?> Levels { get; set; } = [];
    public List<string?> Comments { get; set; } = [];
}
