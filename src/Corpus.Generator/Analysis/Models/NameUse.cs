using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>A full name as one article writes it, with where it first stands (for a diagnostic there).</summary>
internal sealed record NameUse(string Name, string Title, TextRange Range, LineSpan Lines);
