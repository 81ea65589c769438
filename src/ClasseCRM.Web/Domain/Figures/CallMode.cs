namespace ClasseCRM.Web.Domain.Figures;

/// <summary>
/// How a call's outcome came about (issue 19): declared by the student (every call before role play), played with a
/// partner (jeu de rôle), or played against the app (simulateur). Every funnel counts them all; reports show the share.
/// </summary>
public enum CallMode
{
    Declared = 0,
    RolePlay = 1,
    Simulator = 2,
}
