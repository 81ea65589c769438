using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>The student's menu entry for the documents they hand in, named as their class's référentiel names them.</summary>
public sealed class DocumentsNavViewComponent(SynthesisService syntheses, AccessScope scope) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var label = scope.CurrentWorkspaceId is { } id ? (await syntheses.DocumentAsync(id, HttpContext.RequestAborted)).Plural : "Documents rendus";
        return View("~/Features/Syntheses/DocumentsNav.cshtml", label);
    }
}
