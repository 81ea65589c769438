using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>A real SignalR client of the pair role-play hub (long polling through the test server), signed in through the real form.</summary>
internal static class PairHubClient
{
    public static async Task<HubConnection> ConnectPairHubAsync(this TestApp app, string userName)
    {
        var cookies = new CookieContainer();
        using (var client = new HttpClient(new CookieHandler(cookies) { InnerHandler = app.Server.CreateHandler() }) { BaseAddress = app.Server.BaseAddress })
        {
            var signedIn = await client.PostFormAsync("/compte/connexion", new() { ["UserName"] = userName, ["Password"] = TestApp.DemoPassword });
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/jeu-de-role/hub"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => new CookieHandler(cookies) { InnerHandler = app.Server.CreateHandler() };
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
