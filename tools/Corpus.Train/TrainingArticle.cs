using System.Collections.Generic;

namespace Corpus.Train;

/// <summary>One annotated article: its file text, the month it was published (the cross-validation fold) and its gold quotations.</summary>
internal sealed record TrainingArticle(string Id, string Month, string Text, IReadOnlyList<GoldQuotation> Quotations);
