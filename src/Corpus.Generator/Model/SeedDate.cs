using Corpus.Generator.Storage;

namespace Corpus.Generator.Model;

/// <summary>A calendar date from a seed's <c>date yyyy-mm-dd</c> header.</summary>
internal readonly record struct SeedDate(int Year, int Month, int Day)
{
    /// <summary>The date packed as article tables store it (<see cref="ArticleTableFormat.PackDate"/>).</summary>
    public int ToNumber() => ArticleTableFormat.PackDate(Year, Month, Day);

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
