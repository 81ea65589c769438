namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// A small deterministic random source (SplitMix64): the same seed gives the same draws on every machine and every .NET
/// version, so a fiche's role card and a call's ring can be replayed and tested exactly (System.Random promises neither).
/// </summary>
public sealed class SeededDraw(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A seed made of several numbers (a fiche id, an attempt…), mixed so that neighbours differ.</summary>
    public static ulong Mix(params long[] parts)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        foreach (var p in parts)
        {
            h = Scramble(h ^ unchecked((ulong)p));
        }
        return h;
    }

    /// <summary>A number from 0 (included) to <paramref name="max"/> (excluded).</summary>
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return (int)(Scramble(_state) % (ulong)max);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items, in the order drawn.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var picked = new List<T>();
        while (picked.Count < count && pool.Count > 0)
        {
            var i = Next(pool.Count);
            picked.Add(pool[i]);
            pool.RemoveAt(i);
        }
        return picked;
    }

    private static ulong Scramble(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
