namespace Corpus.Generator.Model;

/// <summary>A calendar date from a seed's <c>date yyyy-mm-dd</c> header.</summary>
internal readonly record struct SeedDate(int Year, int Month, int Day)
{
    /// <summary>The date packed as (year &lt;&lt; 9) | (month &lt;&lt; 5) | day, the form stored in article tables (fits 24 bits).</summary>
    public int ToNumber() => (Year << 9) | (Month << 5) | Day;

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
