using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>A quotation's content words and their MinHash signature, as the corpus-wide clustering sees them.</summary>
internal sealed record QuotationPrint(int Index, EquatableArray<uint> Words, EquatableArray<uint> Signature);
