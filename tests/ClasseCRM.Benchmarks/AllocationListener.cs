using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Counts the runtime's allocation samples (one event about every 100 KB allocated) by type, in this process: which
/// types a page's garbage is made of. Used by the "profile" run with CLASSECRM_BENCH_ALLOC=1.
/// </summary>
internal sealed class AllocationListener : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> bytesByType = new();

    public bool Recording { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Recording || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }
        var type = e.PayloadNames?.IndexOf("TypeName") is int i and >= 0 ? e.Payload[i] as string ?? "?" : "?";
        var amount = e.PayloadNames?.IndexOf("AllocationAmount64") is int j and >= 0 ? Convert.ToInt64(e.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Print(int top)
    {
        var total = bytesByType.Values.Sum();
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{100.0 * bytes / total,5:F1} %  {type}");
        }
    }
}
