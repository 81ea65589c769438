using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The phoning page's (or a visit page's) « Jouer avec un partenaire » form, with the caller's classmates and teacher to choose from.</summary>
public sealed class PairInviteViewComponent(PairSessionService pairs) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Operation operation, Prospect prospect, int? contactId, string? selected, string? error, int? visitId = null) =>
        View("~/Features/RolePlay/PairInvite.cshtml",
            new PairInviteViewModel(operation.Id, prospect, contactId, await pairs.PartnersAsync(operation.WorkspaceId, HttpContext.RequestAborted), selected, error) { VisitId = visitId });
}
