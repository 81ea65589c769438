using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests.Support;

/// <summary>axe-core on the page as it is: the serious and critical violations, each with the first nodes it names.</summary>
public static class Axe
{
    public static async Task<List<string>> SeriousViolationsAsync(IPage page, string label = "")
    {
        var result = await page.RunAxe();
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{label}{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
    }

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var serious = await SeriousViolationsAsync(page);
        Assert.True(serious.Count == 0, $"{page.Url}\n" + string.Join("\n", serious));
    }
}
