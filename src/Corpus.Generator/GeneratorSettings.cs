using Corpus.Generator.Emitting;

namespace Corpus.Generator;

/// <summary>The project's settings as the emit steps need them: the options it sets and whether its C# version can compile the output.</summary>
internal sealed record GeneratorSettings(GeneratorOptions Options, LanguageSupport Language);
