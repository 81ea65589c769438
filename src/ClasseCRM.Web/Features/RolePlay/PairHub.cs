using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// The live channel of pair role play (SignalR, /jeu-de-role/hub). It only saves a reload: every page works without it.
/// A connection joins a session's group only when its user may see the session (<see cref="PairSessionService.CanSeeAsync"/>);
/// invitations go to the partner's own connections (SignalR's user, the signed-in user's id).
/// </summary>
[Authorize]
public sealed class PairHub(PairSessionService pairs) : Hub
{
    public const string Path = "/jeu-de-role/hub";

    public static string Group(int sessionId) => $"binome-{sessionId}";

    /// <summary>Follows a session's changes; refused (no group) for a session the user may not see.</summary>
    public async Task Join(int sessionId)
    {
        if (!await pairs.CanSeeAsync(sessionId, Context.UserIdentifier, Context.ConnectionAborted))
        {
            throw new HubException("Séance introuvable.");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(sessionId), Context.ConnectionAborted);
    }
}
