using System.Globalization;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>Operations planned as the student does it, through the « Nouvelle opération » form.</summary>
public static class OperationExtensions
{
    /// <summary>A phoning operation from 24/11 to 11/12/2026 (5 contacts, 2 RDV, 1 order as objectives); returns its id.</summary>
    public static async Task<int> PlanPhoningAsync(this HttpClient client, string name)
    {
        var response = await client.PostFormAsync("/operations/nouvelle", new()
        {
            ["Name"] = name,
            ["Channel"] = "Phone",
            ["StartDate"] = "2026-11-24",
            ["EndDate"] = "2026-12-11",
            ["ObjectiveContacts"] = "5",
            ["ObjectiveAppointments"] = "2",
            ["ObjectiveOrders"] = "1",
            ["ObjectiveRevenue"] = "0",
        });
        response.AssertRedirectsTo("/operations/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}
