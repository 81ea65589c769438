using Microsoft.Extensions.Time.Testing;

namespace ClasseCRM.IntegrationTests.Support;

/// <summary>
/// The app on Tuesday 24/11/2026 at 10:30 in Paris, with no job server: the tests that use it run the jobs they need
/// themselves. Each test class that uses it as its fixture gets its own instance (its own database).
/// </summary>
public sealed class FixedClockApp : TestApp
{
    public FixedClockApp()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
        RunJobServer = false;
    }
}
