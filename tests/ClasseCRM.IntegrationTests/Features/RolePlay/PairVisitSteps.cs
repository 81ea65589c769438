using System.Globalization;
using ClasseCRM.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>The steps of a visit played in pair, through real forms: a field operation planned, a partner invited from a visit's page, the session's forms.</summary>
internal static class PairVisitSteps
{
    /// <summary>A field operation (24/11 → 18/12/2026) with its tournée planned; returns it and its first visit.</summary>
    public static async Task<(int Operation, int Visit)> PlanVisitsAsync(TestApp app, HttpClient client, string name)
    {
        var response = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = name,
            ["Channel"] = "Visit",
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-18",
            ["ObjectiveContacts"] = "6",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "2",
            ["ObjectiveRevenue"] = "3000",
            ["TargetPotential"] = "A",
        });
        response.AssertRedirectsTo("/operations/");
        var op = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        (await client.PostFormAsync($"/operations/{op}/tournee", new() { ["FirstDay"] = "2026-11-25", ["VisitsPerDay"] = "4", ["Method"] = "ByTown" }))
            .AssertRedirectsTo($"/operations/{op}/tournee");
        var visit = await app.WithDbAsync(db => db.Visits.Where(v => v.OperationId == op).OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).Select(v => v.Id).FirstAsync());
        return (op, visit);
    }

    /// <summary>Invites <paramref name="partner"/> from the visit's page; returns the session's id.</summary>
    public static async Task<int> InviteAsync(TestApp app, HttpClient seller, int op, int visit, string partner)
    {
        var response = await seller.PostFormAsync($"/jeu-de-role/operations/{op}/visites/{visit}/binome", new() { ["partner"] = await app.UserIdAsync(partner) }, $"/operations/{op}/visites/{visit}");
        response.AssertRedirectsTo("/jeu-de-role/binomes/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>Posts a session's form and expects the redirect back to the session's page.</summary>
    public static async Task PostAsync(HttpClient client, int id, string action, Dictionary<string, string> fields, string anchor = "")
    {
        var response = await client.PostFormAsync($"/jeu-de-role/binomes/{id}/{action}", fields, $"/jeu-de-role/binomes/{id}");
        response.AssertRedirectsTo($"/jeu-de-role/binomes/{id}{anchor}");
    }

    /// <summary>The partner joins and concludes the visit with <paramref name="fields"/>.</summary>
    public static async Task PlayAsync(HttpClient partner, int id, Dictionary<string, string> fields)
    {
        await PostAsync(partner, id, "rejoindre", [], "#carte-role");
        await PostAsync(partner, id, "conclusion", fields, "#debrief");
    }
}
