using ClasseCRM.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>The student's menu entry for the documents they hand in, named as their class's référentiel names them.</summary>
public sealed class DocumentsNavViewComponent(Data.Reference.SeedCatalog seeds, AccessScope scope) : ViewComponent
{
    // The access scope read the class's référentiel with the student's workspaces: no query on every page.
    public IViewComponentResult Invoke() =>
        View("~/Features/Syntheses/DocumentsNav.cshtml", scope.CurrentWorkspaceId is null ? "Documents rendus" : seeds.Referentiel(scope.CurrentReferentiel).Document.Plural);
}
