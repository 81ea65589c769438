using System.Net;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>Sends the cookies of a container with every request of a client that does not keep cookies itself (a SignalR client), and keeps the ones it gets.</summary>
internal sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = cookies.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                cookies.SetCookies(request.RequestUri!, cookie);
            }
        }
        return response;
    }
}
