namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>How the prospect takes an answer (seeds/roleplay-rules.json): it moves the objection on, hardens it, or leaves it.</summary>
public enum Reaction
{
    Neutral = 0,
    Advance = 1,
    Harden = 2,
}
