using System.Globalization;

namespace Corpus.Generator.Formatting;

/// <summary>A count with its noun, singular for one: "1 quotation", "2 quotations" (in generated docs and the report).</summary>
internal static class CountText
{
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
