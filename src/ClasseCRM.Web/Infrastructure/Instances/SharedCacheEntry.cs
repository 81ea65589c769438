namespace ClasseCRM.Web.Infrastructure.Instances;

/// <summary>One entry of <see cref="DatabaseDistributedCache"/> (a server-side session: flash messages, forms kept after a redirect).</summary>
public sealed class SharedCacheEntry
{
    public required string Id { get; set; }

    public required byte[] Value { get; set; }

    /// <summary>When the entry is gone: its absolute end, or the last read plus its sliding time, whichever comes first.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    public int? SlidingSeconds { get; set; }

    public DateTime? AbsoluteExpiresAtUtc { get; set; }
}
