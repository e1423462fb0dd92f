using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes a corpus's test fixtures: <c>ArticleCases</c> / <c>QuotationCases</c> (<c>IEnumerable&lt;object[]&gt;</c>, for
/// any framework: NUnit <c>TestCaseSource</c>, MSTest <c>DynamicData</c>) always; and when the project references
/// xUnit, <c>ArticleData</c> / <c>QuotationData</c> of serialisable rows, so that each article and each quotation
/// is its own test case with a readable name in test explorers and <c>dotnet test --list-tests</c>.
/// </summary>
internal static class FixturesEmitter
{
    private const string Article = "global::Corpus.Article";
    private const string Quotation = "global::Corpus.Quotation";
    private const string Rows = "global::System.Collections.Generic.IEnumerable<object[]>";

    public static string Emit(CorpusFixturesSource source)
    {
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, "the seed files of corpus " + source.CorpusName + " (test fixtures)");
        GeneratedFile.OpenNamespace(writer, source.Namespace);
        writer.Open("public static partial class " + source.CorpusName);
        WriteCases(writer);
        if (source.Xunit != XunitVersion.None)
        {
            WriteXunitData(writer, source.Xunit, source.RowLabels);
            WriteArticleRow(writer, source.Xunit);
            WriteQuotationRow(writer, source.Xunit);
            WriteRowHelpers(writer, source.CorpusName);
        }

        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }

    private static void WriteCases(SourceWriter writer)
    {
        writer.Line("/// <summary>");
        writer.Line("/// One row <c>{ Article }</c> per article, in <see cref=\"Articles\"/> order: a test-case source for NUnit");
        writer.Line("/// <c>[TestCaseSource]</c>, MSTest <c>[DynamicData]</c> or any framework that takes <c>IEnumerable&lt;object[]&gt;</c>.");
        writer.Line("/// </summary>");
        writer.Open("public static " + Rows + " ArticleCases");
        writer.Open("get");
        writer.Line("var articles = Articles;");
        writer.Open("for (var i = 0; i < articles.Count; i++)");
        writer.Line("yield return new object[] { articles[i] };");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>One row <c>{ Quotation }</c> per quotation of every article, in order: like <see cref=\"ArticleCases\"/>.</summary>");
        writer.Open("public static " + Rows + " QuotationCases");
        writer.Open("get");
        writer.Line("var articles = Articles;");
        writer.Open("for (var i = 0; i < articles.Count; i++)");
        writer.Line("var quotations = articles[i].Quotations;");
        writer.Open("for (var q = 0; q < quotations.Count; q++)");
        writer.Line("yield return new object[] { quotations[q] };");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
    }

    private static void WriteXunitData(SourceWriter writer, XunitVersion xunit, bool rowLabels)
    {
        foreach (var (member, row, what, item, loop) in new[]
        {
            ("ArticleData", "ArticleRow", "article", "articles[i]", false),
            ("QuotationData", "QuotationRow", "quotation", "quotations[q]", true),
        })
        {
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line($"/// xUnit theory data: one serialisable <see cref=\"{row}\"/> per {what}, so each is its own test case named");
            writer.Line($"/// like <c>{(loop ? "Maria Lopez: “We will rebuild the bridge…”" : "bridge-reopens")}</c>. Use with <c>[Theory, MemberData(nameof({member}), MemberType = typeof(...))]</c>.");
            writer.Line("/// </summary>");
            if (xunit == XunitVersion.V3)
            {
                writer.Open($"public static global::System.Collections.Generic.IEnumerable<global::Xunit.TheoryDataRow<{row}>> {member}");
                writer.Open("get");
            }
            else
            {
                writer.Open($"public static global::Xunit.TheoryData<{row}> {member}");
                writer.Open("get");
                writer.Line($"var data = new global::Xunit.TheoryData<{row}>();");
            }

            writer.Line("var articles = Articles;");
            writer.Open("for (var i = 0; i < articles.Count; i++)");
            if (loop)
            {
                writer.Line("var quotations = articles[i].Quotations;");
                writer.Open("for (var q = 0; q < quotations.Count; q++)");
            }

            // v3 3.0+: a Label names the row after the method (Method [bridge-reopens]); before it, the display
            // name replaces the method name and xUnit appends the arguments.
            writer.Line($"var row = new {row}({item});");
            writer.Line(xunit == XunitVersion.V3
                ? $"yield return new global::Xunit.TheoryDataRow<{row}>(row) {{ {(rowLabels ? "Label" : "TestDisplayName")} = row.ToString() }};"
                : "data.Add(row);");
            if (loop)
            {
                writer.Close();
            }

            writer.Close();
            if (xunit == XunitVersion.V2)
            {
                writer.Line();
                writer.Line("return data;");
            }

            writer.Close();
            writer.Close();
        }
    }

    private static void WriteArticleRow(SourceWriter writer, XunitVersion xunit)
    {
        var serializable = Serializable(xunit);
        OpenRow(writer, "ArticleRow", "An article as an xUnit theory row: serialised by id", serializable, "private " + Article + "? _article;");
        writer.Line();
        writer.Line("/// <summary>A row for this article.</summary>");
        writer.Line("/// <param name=\"article\">An article of this corpus.</param>");
        writer.Line("public ArticleRow(" + Article + " article) => _article = article ?? throw new global::System.ArgumentNullException(nameof(article));");
        writer.Line();
        writer.Line("/// <summary>The article.</summary>");
        writer.Line($"public {Article} Article => _article ?? throw new global::System.InvalidOperationException(\"The row was not deserialised.\");");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public void Deserialize({serializable.Info} info) => _article = __RowArticle({serializable.GetString("Id")}, {serializable.GetInt("Index")});");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open($"public void Serialize({serializable.Info} info)");
        writer.Line("info.AddValue(\"Id\", Article.Id, typeof(string));");
        writer.Line("info.AddValue(\"Index\", __RowIndex(Article), typeof(int));");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The test case's name: the article id.</summary>");
        writer.Line("/// <returns>The article id, e.g. <c>bridge-reopens</c>.</returns>");
        writer.Line("public override string ToString() => global::Corpus.TestCaseNames.Of(Article);");
        writer.Close();
    }

    private static void WriteQuotationRow(SourceWriter writer, XunitVersion xunit)
    {
        var serializable = Serializable(xunit);
        OpenRow(writer, "QuotationRow", "A quotation as an xUnit theory row: serialised by article id and index", serializable, "private " + Article + "? _article;", "private int _index;");
        writer.Line();
        writer.Line("/// <summary>A row for this quotation.</summary>");
        writer.Line("/// <param name=\"quotation\">A quotation of an article of this corpus.</param>");
        writer.Open("public QuotationRow(" + Quotation + " quotation)");
        writer.Line("_article = quotation.Article;");
        writer.Line("_index = quotation.Index;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The quotation.</summary>");
        writer.Line($"public {Quotation} Quotation => (_article ?? throw new global::System.InvalidOperationException(\"The row was not deserialised.\")).Quotations[_index];");
        writer.Line();
        writer.Line("/// <summary>The article that holds the quotation.</summary>");
        writer.Line($"public {Article} Article => Quotation.Article;");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open($"public void Deserialize({serializable.Info} info)");
        writer.Line($"_article = __RowArticle({serializable.GetString("Id")}, {serializable.GetInt("Index")});");
        writer.Line($"_index = {serializable.GetInt("Quotation")};");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Open($"public void Serialize({serializable.Info} info)");
        writer.Line("var quotation = Quotation;");
        writer.Line("info.AddValue(\"Id\", quotation.Article.Id, typeof(string));");
        writer.Line("info.AddValue(\"Index\", __RowIndex(quotation.Article), typeof(int));");
        writer.Line("info.AddValue(\"Quotation\", quotation.Index, typeof(int));");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The test case's name: the speaker and the start of the quoted words.</summary>");
        writer.Line("/// <returns>e.g. <c>Maria Lopez: “We will rebuild the bridge…”</c>.</returns>");
        writer.Line("public override string ToString() => global::Corpus.TestCaseNames.Of(Quotation);");
        writer.Close();
    }

    /// <summary>A row class's opening: its doc, its fields, and the parameterless constructor xUnit deserialises with.</summary>
    private static void OpenRow(SourceWriter writer, string name, string summary, SerializableApi serializable, params string[] fields)
    {
        writer.Line();
        writer.Line($"/// <summary>{summary}, named by <see cref=\"global::Corpus.TestCaseNames\"/>.</summary>");
        writer.Open($"public sealed class {name} : " + serializable.Interface);
        foreach (var field in fields)
        {
            writer.Line(field);
        }

        writer.Line();
        writer.Line("/// <summary>For xUnit's deserialisation only.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public {name}()");
        writer.Line("{");
        writer.Line("}");
    }

    // Rows name their article by id (stable when seeds are added between discovery and a later run from a test
    // explorer); only an article whose id another seed already holds (CORPUS006) falls back to its position.
    private static void WriteRowHelpers(SourceWriter writer, string corpus)
    {
        writer.Line();
        writer.Line("// -1 when Find(article.Id) is the article (the usual case); otherwise its position in Articles.");
        writer.Open("private static int __RowIndex(" + Article + " article)");
        writer.Open("if (global::System.Object.ReferenceEquals(Find(article.Id), article))");
        writer.Line("return -1;");
        writer.Close();
        writer.Line();
        writer.Line("var articles = Articles;");
        writer.Open("for (var i = 0; i < articles.Count; i++)");
        writer.Open("if (global::System.Object.ReferenceEquals(articles[i], article))");
        writer.Line("return i;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("return -1;");
        writer.Close();
        writer.Line();
        writer.Line($"private static {Article} __RowArticle(string? id, int index) =>");
        writer.Indent();
        writer.Line("(index < 0 ? Find(id) : index < Count ? Articles[index] : null)");
        writer.Line($"?? throw new global::System.InvalidOperationException(\"Corpus '{corpus}' has no article '\" + id + \"'; rebuild and discover the tests again.\");");
        writer.Outdent();
    }

    private static SerializableApi Serializable(XunitVersion xunit) => xunit == XunitVersion.V3
        ? new SerializableApi("global::Xunit.Sdk.IXunitSerializable", "global::Xunit.Sdk.IXunitSerializationInfo", V3: true)
        : new SerializableApi("global::Xunit.Abstractions.IXunitSerializable", "global::Xunit.Abstractions.IXunitSerializationInfo", V3: false);

    // The two xUnit serialisation APIs differ only in namespace and in how a value is read back.
    private sealed record SerializableApi(string Interface, string Info, bool V3)
    {
        public string GetString(string key) => V3
            ? $"(string?)info.GetValue(\"{key}\")"
            : $"info.GetValue<string>(\"{key}\")";

        public string GetInt(string key) => V3
            ? $"(int)info.GetValue(\"{key}\")!"
            : $"info.GetValue<int>(\"{key}\")";
    }
}
