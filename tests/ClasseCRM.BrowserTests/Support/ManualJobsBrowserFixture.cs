using ClasseCRM.IntegrationTests.Support;

namespace ClasseCRM.BrowserTests.Support;

/// <summary>The browser over an app without Hangfire server: the test runs the jobs itself, step by step, while the page watches.</summary>
public sealed class ManualJobsBrowserFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new(new TestApp { RunJobServer = false });

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}
