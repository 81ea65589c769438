using Microsoft.Playwright;

namespace ClasseCRM.BrowserTests.Support;

/// <summary>What the layout tests read from a page: the header menu's own links, and the document's width against the window's.</summary>
public static class PageLayout
{
    /// <summary>The addresses of the header menu (the account's links aside), in order, once each.</summary>
    public static async Task<List<string>> MenuLinksAsync(IPage page) =>
        (await page.Locator("#menu a.nav-link[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Where(h => !h.StartsWith("/compte", StringComparison.Ordinal)).Distinct().ToList();

    public static async Task<(int Scroll, int Inner)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
