using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The invitations to play a prospect waiting for the signed-in user (« Aujourd'hui », /jeu-de-role), live through the hub.</summary>
public sealed class PairInvitationsViewComponent(PairSessionService pairs) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/RolePlay/PairInvitations.cshtml", await pairs.InvitationsAsync(HttpContext.RequestAborted));
}
