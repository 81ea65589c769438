namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>The four levels a debrief gives each phase of the call (the rubric levels teachers use).</summary>
public enum SkillLevel
{
    NotAcquired = 0,
    InProgress = 1,
    Acquired = 2,
    Mastered = 3,
}
