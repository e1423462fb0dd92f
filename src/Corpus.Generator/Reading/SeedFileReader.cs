using System.Threading;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Reading;

/// <summary>
/// The read stage: AdditionalText to <see cref="SeedFile"/>. Only files that carry <c>Corpus="..."</c> metadata
/// are seeds, so other analyzers' text files (PublicAPI.Shipped.txt, BannedSymbols.txt) are never touched.
/// </summary>
internal static class SeedFileReader
{
    public const string CorpusMetadata = "build_metadata.AdditionalFiles.Corpus";

    /// <summary>The seed's language (<c>Language="de"</c>), overriding the detected one.</summary>
    public const string LanguageMetadata = "build_metadata.AdditionalFiles.Language";

    /// <summary>Returns the seed, or null when the file is not part of any corpus.</summary>
    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(file).TryGetValue(CorpusMetadata, out var corpus) || string.IsNullOrWhiteSpace(corpus))
        {
            return null;
        }

        var fileName = System.IO.Path.GetFileName(file.Path);
        var language = options.GetOptions(file).TryGetValue(LanguageMetadata, out var written) && !string.IsNullOrWhiteSpace(written) ? written.Trim() : null;
        var source = file.GetText(cancellationToken);
        if (source is null)
        {
            return new SeedFile(file.Path, fileName, corpus.Trim(), null, DecodedAsUtf8: true, Language: language);
        }

        // The compiler falls back to a legacy code page when the bytes are not valid UTF-8.
        var decodedAsUtf8 = source.Encoding is null || source.Encoding.CodePage == 65001;
        var text = source.ToString();
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; // Clean drops it; spans must still match the file's text
        return new SeedFile(file.Path, fileName, corpus.Trim(), TextSanitizer.Clean(text), decodedAsUtf8, offset, language);
    }
}
