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

    /// <summary>
    /// The process's private memory now, in MB: its anonymous pages (managed heaps, native allocations, copied-on-write
    /// pages of libraries) plus the dirty pages of its shared file mappings, from /proc/self/smaps; and for comparison
    /// the resident set, which also counts the clean pages of the SQLite memory map (the database file itself, shared
    /// with the page cache and dropped first under pressure).
    /// </summary>
    /// <summary>
    /// After the load runs: the process's private and resident memory as the load left them, then the private memory
    /// after a full collection (what the heaps still hold, against what the server collector keeps in reserve), in MB.
    /// </summary>
    public static (double PrivateMb, double CollectedMb, double RssMb) AfterLoad()
    {
        var (privateMb, rssMb) = Current();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var (collectedMb, _) = Current();
        return (privateMb, collectedMb, rssMb);
    }

    public static (double PrivateMb, double RssMb) Current()
    {
        long privateKb = 0;
        long mappingAnon = 0;
        long mappingDirty = 0;
        void EndMapping()
        {
            // A private file mapping's written pages are anonymous already; a shared one's written pages are dirty but not anonymous.
            privateKb += mappingAnon + (mappingAnon == 0 ? mappingDirty : 0);
            mappingAnon = 0;
            mappingDirty = 0;
        }
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.StartsWith("Anonymous:", StringComparison.Ordinal))
            {
                mappingAnon = Kb(line);
            }
            else if (line.StartsWith("Private_Dirty:", StringComparison.Ordinal))
            {
                mappingDirty = Kb(line);
            }
            else if (line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                EndMapping();
            }
        }
        EndMapping();
        return (privateKb / 1024.0, Read("VmRSS") / 1024.0);
    }

    private static long Kb(string line) => long.Parse(line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);

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
