namespace Corpus.Synth;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny PRNG whose output is fixed by its algorithm, unlike
/// System.Random, whose algorithm is unspecified and has changed between .NET versions. Same seed, same bytes.
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A generator for item <paramref name="index"/> of stream <paramref name="seed"/>, independent of every other item.</summary>
    public static SplitMix64 For(ulong seed, ulong index)
    {
        var mixer = new SplitMix64(seed ^ (index * 0xD1B54A32D192ED03UL));
        return new SplitMix64(mixer.Next());
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="bound"/>) (multiply-shift: no modulo bias worth caring about here).</summary>
    public int Below(int bound) => (int)(((Next() >> 32) * (ulong)bound) >> 32);

    /// <summary>A value in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(T[] items) => items[Below(items.Length)];
}
