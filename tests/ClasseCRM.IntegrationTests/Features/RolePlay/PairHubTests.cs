using ClasseCRM.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// The pair role-play hub with a real SignalR client (long polling through the test server, signed in with the real
/// cookie): the partner's connection hears the invitation and the caller's ticks; a connection whose user may not see a
/// session cannot join its group (a third pupil of the class, a pupil of another class).
/// </summary>
public sealed class PairHubTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Caller = "eleve19";
    private const string Partner = "eleve20";

    private Task<HubConnection> ConnectAsync(string userName) => app.ConnectPairHubAsync(userName);

    [Fact]
    public async Task Hub_ThePartnerHearsTheInvitationAndTheTicks_OthersCannotJoinTheSession()
    {
        var caller = await app.AsAsync(Caller);
        var op = await caller.PlanPhoningAsync("Phoning en binôme suivi en direct");
        await using var partner = await ConnectAsync(Partner);
        var invited = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        partner.On<int>("invited", id => invited.TrySetResult(id));

        var id = await PairSessionTests.InviteAsync(app, caller, op, Partner);
        Assert.Equal(id, await invited.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        var changed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        partner.On<int>("changed", s => changed.TrySetResult(s));
        await partner.InvokeAsync("Join", id);
        var tick = await caller.PostFormAsync($"/jeu-de-role/binomes/{id}/etapes", new() { ["phase"] = "Opening" }, $"/jeu-de-role/binomes/{id}");
        tick.AssertRedirectsTo($"/jeu-de-role/binomes/{id}");
        Assert.Equal(id, await changed.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        foreach (var stranger in new[] { "eleve21", "eleve2" })
        {
            await using var connection = await ConnectAsync(stranger);
            var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Join", id));
            Assert.Contains("Séance introuvable", refused.Message, StringComparison.Ordinal);
        }
    }
}
