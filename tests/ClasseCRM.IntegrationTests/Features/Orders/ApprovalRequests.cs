using System.Globalization;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.Orders;

/// <summary>A student's quote outside the negotiation room, saved as a draft asking the teacher's agreement, through the real form.</summary>
internal static class ApprovalRequests
{
    /// <summary>The form of a quote: the first product of the student's scenario with <paramref name="extraPoints"/> of discount above its room.</summary>
    public static Task<Dictionary<string, string>> FormAsync(TestApp app, string student, int extraPoints, string? message) => app.WithDbAsync(async db =>
    {
        var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => new { w.Id, w.ScenarioId }).FirstAsync();
        var product = await db.ScenarioProducts.Where(p => p.ScenarioId == ws.ScenarioId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.MaxDiscountRate }).FirstAsync();
        var client = await db.Prospects.Where(p => p.WorkspaceId == ws.Id && !p.IsAnonymised)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var discount = (int)Math.Ceiling(product.MaxDiscountRate * 100) + extraPoints;
        var form = new Dictionary<string, string>
        {
            ["IsOrder"] = "false",
            ["ProspectId"] = client.ToString(CultureInfo.InvariantCulture),
            ["PaymentTermDays"] = "30",
            ["Lines[0].ProductId"] = product.Id.ToString(CultureInfo.InvariantCulture),
            ["Lines[0].Quantity"] = "3",
            ["Lines[0].DiscountPercent"] = discount.ToString(CultureInfo.InvariantCulture),
            ["AskApproval"] = "true",
        };
        if (message is not null)
        {
            form["ApprovalRequest"] = message;
        }
        return form;
    });

    /// <summary>Creates the quote as <paramref name="student"/> and returns its id.</summary>
    public static async Task<int> AskAsync(TestApp app, string student, string? message = null, int extraPoints = 5)
    {
        var client = await app.AsAsync(student);
        var response = await client.PostFormAsync("/commandes/nouveau", await FormAsync(app, student, extraPoints, message), "/commandes/nouveau?type=devis");
        response.AssertRedirectsTo("/commandes/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}
