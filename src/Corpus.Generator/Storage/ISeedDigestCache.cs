namespace Corpus.Generator.Storage;

/// <summary>
/// Where a build keeps each seed's parse for the next one (<see cref="Pipeline.CorpusBuild.Plan"/>): the build task's is one file
/// under <c>obj/</c>, keyed by <see cref="SeedSource.CacheKey"/>; each entry's bytes are <see cref="SeedDigestFormat"/>'s.
/// Called from several threads at once.
/// </summary>
internal interface ISeedDigestCache
{
    /// <summary>
    /// The seed as parsed by an earlier build with this key, or null. The article's sections may lie in a buffer the
    /// cache reuses: copy them (the spill does) before the calling thread asks again.
    /// </summary>
    (SeedDigest Digest, ArticleBytes? Article)? TryLoad(string key);

    /// <summary>Keeps a fresh parse under its key.</summary>
    void Save(string key, SeedDigest digest, ArticleBytes? article);
}
