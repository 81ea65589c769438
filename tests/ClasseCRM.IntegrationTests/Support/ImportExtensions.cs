using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>A prospect import as the student does it: « Importer » on the preview, then the page until the background job is done.</summary>
public static class ImportExtensions
{
    /// <summary>Clicks « Importer » on the preview of import <paramref name="id"/>: the answer sends back to the import's page.</summary>
    public static async Task<HttpResponseMessage> StartImportAsync(this HttpClient client, int id)
    {
        var response = await client.PostFormAsync($"/prospects/import/{id}", new() { ["action"] = "importer" }, formPage: $"/prospects/import/{id}");
        response.AssertRedirectsTo($"/prospects/import/{id}");
        return response;
    }

    /// <summary>Polls the progress endpoint, as the page's script does, until the import is no longer queued or running (5 minutes at most).</summary>
    public static async Task<JsonElement> WaitForImportAsync(this HttpClient client, int id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5); // a wait limit, not a timing assertion: CI machines can be very busy
        while (true)
        {
            var response = await client.GetAsync($"/prospects/import/{id}/progression");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var progress = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (!progress.GetProperty("active").GetBoolean() || DateTime.UtcNow > deadline)
            {
                return progress;
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Starts the import, waits for its job (the app's Hangfire server) and returns the final page (counts and refused rows).</summary>
    public static async Task<IDocument> ApplyImportAsync(this HttpClient client, int id)
    {
        await client.StartImportAsync(id);
        var progress = await client.WaitForImportAsync(id);
        Assert.Equal("completed", progress.GetProperty("status").GetString());
        return await client.GetDocumentAsync($"/prospects/import/{id}");
    }

    public static async Task<IDocument> ApplyImportAsync(this HttpClient client, string importUrl) =>
        await client.ApplyImportAsync(int.Parse(importUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture));
}
