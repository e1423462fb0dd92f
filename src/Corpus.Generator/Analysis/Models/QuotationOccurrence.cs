using System;

namespace Corpus.Generator.Analysis;

/// <summary>One quotation occurrence: the article's member name and the quotation's index in it.</summary>
internal sealed record QuotationOccurrence(string Member, int Index);
