using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Emitting;

/// <summary>Whether the consuming project's C# version can compile the generated code (UTF-8 literals need C# 11).</summary>
public sealed record LanguageSupport(bool Supported, string Version)
{
    public static LanguageSupport Of(ParseOptions options)
    {
        var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new LanguageSupport(version >= LanguageVersion.CSharp11, version.ToDisplayString());
    }
}
