namespace ClasseCRM.Web.Domain.Planning;

/// <summary>The three texts of a student's plan that are kept in versions.</summary>
public enum PlanText
{
    /// <summary>The plan d'appel (phone script).</summary>
    Script,

    /// <summary>The argumentaire (CAP arguments and the accroche).</summary>
    Pitch,

    /// <summary>The letter or e-mail of a mailing (the operation's mail-merge template).</summary>
    Letter,
}
