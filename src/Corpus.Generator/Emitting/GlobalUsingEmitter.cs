namespace Corpus.Generator.Emitting;

/// <summary>
/// One <c>global using</c> of the corpus classes' namespace, so that top-level statements (which live in the global
/// namespace) reach <c>News</c> without a <c>using</c>, as a user following the README expects. Files in that
/// namespace see it anyway; <c>&lt;CorpusGlobalUsing&gt;false&lt;/CorpusGlobalUsing&gt;</c> turns it off.
/// </summary>
internal static class GlobalUsingEmitter
{
    /// <summary>Its own file, whatever the number of corpora: corpus names never start with <c>__</c>.</summary>
    public const string HintName = "__GlobalUsing.g.cs";

    public static string Emit(string ns)
    {
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, "the CorpusNamespace or RootNamespace property (turn off with <CorpusGlobalUsing>false</CorpusGlobalUsing>)");
        writer.Line("global using global::" + ns + ";");
        return writer.ToString();
    }
}
