using System.Globalization;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// The process's private memory while a piece of work runs: anonymous resident memory (RssAnon of /proc/self/status,
/// the managed heaps and native allocations, not mapped files) sampled every millisecond from a baseline taken after
/// an aggressive garbage collection, and the peak resident set (VmHWM, reset through /proc/self/clear_refs) as a check.
/// </summary>
internal sealed class MemoryProbe : IDisposable
{
    private readonly long baselineAnonKb;
    private readonly long baselineRssKb;
    private readonly bool peakReset;
    private readonly Thread sampler;
    private volatile bool running = true;
    private long peakAnonKb;

    public MemoryProbe()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        baselineAnonKb = Read("RssAnon");
        peakAnonKb = baselineAnonKb;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            peakReset = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            peakReset = false;
        }
        baselineRssKb = Read("VmRSS");
        sampler = new Thread(Sample) { IsBackground = true, Priority = ThreadPriority.Highest };
        sampler.Start();
    }

    /// <summary>Peak private (anonymous) memory added, in MB.</summary>
    public double PeakAnonAddedMb { get; private set; }

    /// <summary>Peak resident set added, in MB (NaN when the peak could not be reset).</summary>
    public double PeakRssAddedMb { get; private set; }

    public void Dispose()
    {
        if (!running)
        {
            return;
        }
        running = false;
        sampler.Join();
        PeakAnonAddedMb = Math.Max(0, Interlocked.Read(ref peakAnonKb) - baselineAnonKb) / 1024.0;
        PeakRssAddedMb = peakReset ? Math.Max(0, Read("VmHWM") - baselineRssKb) / 1024.0 : double.NaN;
    }

    private void Sample()
    {
        while (running)
        {
            var anon = Read("RssAnon");
            if (anon > Interlocked.Read(ref peakAnonKb))
            {
                Interlocked.Exchange(ref peakAnonKb, anon);
            }
            Thread.Sleep(1);
        }
    }

    private static long Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }
}
