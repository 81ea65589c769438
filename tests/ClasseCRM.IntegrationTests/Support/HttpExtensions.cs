using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>Posts real forms: GET the page, read its antiforgery token, POST the fields with it — as a browser does.</summary>
public static class HttpExtensions
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await response.ReadDocumentAsync();
    }

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Pas de jeton antiforgery sur {pageUrl}");
    }

    /// <summary>POSTs fields to <paramref name="url"/> with the token read from <paramref name="formPage"/> (defaults to the same URL).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await client.TokenAsync(formPage ?? url);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, string field, string fileName, byte[] bytes, string? formPage = null)
    {
        var token = await client.TokenAsync(formPage ?? url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), field, fileName },
        };
        return await client.PostAsync(url, content);
    }

    public static string Text(this IDocument document) => document.Body?.TextContent ?? "";

    public static async Task<string> TextAsync(this HttpResponseMessage response) => (await response.ReadDocumentAsync()).Text();

    public static void AssertRedirectsTo(this HttpResponseMessage response, string pathStart)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(pathStart, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
