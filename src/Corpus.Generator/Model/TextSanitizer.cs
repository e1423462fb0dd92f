using System.Text;

namespace Corpus.Generator.Model;

/// <summary>
/// Makes decoded text safe to store as UTF-8: a leading byte order mark is dropped (the compiler's decoder
/// usually has already), and lone surrogates, which UTF-8 cannot encode, become U+FFFD (reported as CORPUS002).
/// </summary>
internal static class TextSanitizer
{
    public static string Clean(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        StringBuilder? builder = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            var pairStart = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pairStart)
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(text.Length).Append(text, start, i - start);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? (start == 0 ? text : text.Substring(start));
    }
}
