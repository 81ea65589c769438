using Microsoft.Extensions.Caching.Memory;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Lets a benchmark run measure a search as if it were new each time: while <see cref="Forget"/> is on, the app's cache
/// answers that it does not know any remembered search results (everything else is cached as usual).
/// </summary>
internal sealed class SearchMemorySwitch
{
    public volatile bool Forget;
}

/// <summary>The app's memory cache, with remembered searches hidden while the switch says so.</summary>
internal sealed class SwitchableMemoryCache(IMemoryCache inner, SearchMemorySwitch memory) : IMemoryCache
{
    public bool TryGetValue(object key, out object? value)
    {
        if (memory.Forget && key is string text && text.StartsWith("prospects:search:", StringComparison.Ordinal))
        {
            value = null;
            return false;
        }
        return inner.TryGetValue(key, out value);
    }

    public ICacheEntry CreateEntry(object key) => inner.CreateEntry(key);

    public void Remove(object key) => inner.Remove(key);

    public void Dispose() => inner.Dispose();
}
