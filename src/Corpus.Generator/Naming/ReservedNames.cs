using System;
using System.Collections.Generic;

namespace Corpus.Generator.Naming;

/// <summary>
/// Names the generated code cannot give away (docs/diagnostics.md, "Naming rules"). Kept as data in one place so
/// that each emitter's new member is added here once, and the layout and the tests read the same list.
/// </summary>
internal static class ReservedNames
{
    /// <summary>Members every class inherits from <c>object</c>: a static property of that name hides them (CS0108/CS0428).</summary>
    public static readonly string[] ObjectMembers =
    {
        "Equals", "ToString", "GetHashCode", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>The corpus class's own members and nested types, across every file the generator writes for it.</summary>
    public static readonly string[] CorpusMembers =
    {
        "Count", "Articles", "Find", "Speakers", "Index",
        // The story file (Emitting/StoryEmitter.cs).
        "Stories", "QuotationClusters", "Names",
        // Test fixtures (Emitting/FixturesEmitter.cs), reserved whether or not the project references xUnit.
        "ArticleCases", "QuotationCases", "ArticleData", "QuotationData", "ArticleRow", "QuotationRow",
    };

    /// <summary>The namespace segment that holds the article classes (<see cref="Emitting.GeneratedFile.ArticleNamespace"/>).</summary>
    public const string ArticleNamespace = "__Corpus";

    /// <summary>
    /// Namespaces the generated code and the test frameworks use: a class of that name in the global namespace
    /// would shadow them for the whole project.
    /// </summary>
    public static readonly string[] RuntimeNamespaces = { "Corpus", "System", "Microsoft", "Xunit", "NUnit" };

    /// <summary>
    /// C# keywords: never identifiers without <c>@</c>. The undocumented <c>__arglist</c> family is reserved too.
    /// </summary>
    public static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>
    /// Contextual keywords, which a type (the corpus class) must not be named: some are errors (<c>file</c>,
    /// <c>required</c>, <c>scoped</c>), some warnings (<c>record</c> CS8860, <c>var</c>), the rest read as keywords
    /// in some position of the code that uses the class. Members may take them (they are always qualified).
    /// </summary>
    public static readonly HashSet<string> ContextualKeywords = new(StringComparer.Ordinal)
    {
        "add", "alias", "allows", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic", "equals",
        "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed",
        "nameof", "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required",
        "scoped", "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
    };

    /// <summary>True when a seed's member cannot take <paramref name="name"/> in corpus <paramref name="corpusName"/>.</summary>
    public static bool IsReservedMember(string name, string corpusName) =>
        name == corpusName
        || Array.IndexOf(CorpusMembers, name) >= 0
        || Array.IndexOf(ObjectMembers, name) >= 0
        || name.StartsWith("__", StringComparison.Ordinal); // the generated helpers (__Index, __AllArticles, ...)
}
