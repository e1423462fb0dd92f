namespace Corpus.Generator.Storage;

/// <summary>Where one article's encoded data and table sit in an <see cref="ArticleSpill"/>.</summary>
internal readonly record struct SpilledArticle(long Offset, int DataLength, int TableLength, string FileName);
