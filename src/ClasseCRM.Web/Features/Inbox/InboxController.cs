using ClasseCRM.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClasseCRM.Web.Features.Inbox;

/// <summary>/a-traiter: the teacher's inbox (documents to assess, agreements asked, messages to answer as the prospect).</summary>
[Authorize(Roles = Roles.Teacher)]
[Route("a-traiter")]
public sealed class InboxController(InboxService inbox) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await inbox.ListAsync(ct));
}
