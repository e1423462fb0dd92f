using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Whether the consuming project's C# version can compile the generated code: C# 10, for the <c>global using</c> and
/// the nullable annotations (the corpus text lives in a resource, so no UTF-8 literal needs C# 11 any more).
/// </summary>
internal sealed record LanguageSupport(bool Supported, string Version)
{
    public static LanguageSupport Of(ParseOptions options)
    {
        var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new LanguageSupport(version >= LanguageVersion.CSharp10, version.ToDisplayString());
    }
}
