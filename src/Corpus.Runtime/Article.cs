using System;
using System.Text;
using System.Threading;

namespace Corpus;

/// <summary>
/// One article of a compiled corpus. Instances are created by generated code, once per article, on first access.
/// </summary>
/// <remarks>
/// All text lives in the corpus resource embedded in the assembly, read in place: reading <see cref="Utf8"/>, paragraphs,
/// quotations and their spans allocates nothing. The <see cref="string"/> views are decoded on first use and cached.
/// </remarks>
public abstract class Article
{
    private string?[]? _strings;
    private string? _text;
    private Article[]? _self; // this article as a one-element set, for per-article queries

    // Articles are created by the runtime from the corpus resource only (Storage/StoredArticle.cs).
    private protected Article(string id, string fileName)
    {
        Id = id;
        FileName = fileName;
    }

    /// <summary>The seed file's name without its extension, e.g. <c>bridge-reopens</c>.</summary>
    public string Id { get; }

    /// <summary>The seed file's name, e.g. <c>bridge-reopens.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>The article's text in UTF-8: the seed file's whole text (byte order mark removed).</summary>
    public ReadOnlySpan<byte> Utf8 => Data.Slice(0, Table.TextUtf8Length);

    /// <summary>The article's text as a string (decoded on first use, then cached).</summary>
    public string Text => _text ?? Interlocked.CompareExchange(ref _text, Decode(Utf8), null) ?? _text;

    /// <summary>The length of <see cref="Text"/> in UTF-16 characters.</summary>
    public int Length => Table.TextLength;

    /// <summary>The date from the seed's <c>date yyyy-mm-dd</c> header, or null.</summary>
    public DateTime? Date
    {
        get
        {
            var date = Table.Date;
            return date == 0 ? null : new DateTime(ArticleTableFormat.DateYear(date), ArticleTableFormat.DateMonth(date), ArticleTableFormat.DateDay(date), 0, 0, 0, DateTimeKind.Unspecified);
        }
    }

    /// <summary>The title line, or null when the seed has none.</summary>
    public string? Headline => StringText(Table.HeadlineString);

    /// <summary>The title line in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> HeadlineUtf8 => StringUtf8(Table.HeadlineString);

    /// <summary>The place of the dateline that opens the story (<c>BEIJING</c>), or null.</summary>
    public string? Dateline => StringText(Table.DatelineString);

    /// <summary>The dateline place in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> DatelineUtf8 => StringUtf8(Table.DatelineString);

    /// <summary>The wire service credited in the dateline or a sign-off (<c>AP</c>, <c>AFP</c>), or null.</summary>
    public string? Agency => StringText(Table.AgencyString);

    /// <summary>The agency in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> AgencyUtf8 => StringUtf8(Table.AgencyString);

    /// <summary>
    /// The article's language as an ISO 639-1 code (<c>en</c>, <c>de</c>, <c>es</c>, <c>fr</c>, ...): the seed's
    /// <c>Language</c> item metadata when it has one, else the language detected from its words.
    /// </summary>
    public string Language => _language ??= LanguageCode(Table.LanguageFirst, Table.LanguageSecond);

    private string? _language;

    // The codes the parse detects, shared; any other (from item metadata) made once per article.
    private static string LanguageCode(byte first, byte second) => (first, second) switch
    {
        ((byte)'e', (byte)'n') => "en",
        ((byte)'d', (byte)'e') => "de",
        ((byte)'e', (byte)'s') => "es",
        ((byte)'f', (byte)'r') => "fr",
        _ => new string(new[] { (char)first, (char)second }),
    };

    /// <summary>Every paragraph in order.</summary>
    public ParagraphList Paragraphs => new(this);

    /// <summary>Every quotation in order of appearance.</summary>
    public QuotationList Quotations => new(this);

    /// <summary>This article's quotations by one speaker (canonical name, the words it ends with, or the name as written).</summary>
    /// <param name="speaker">The speaker's name.</param>
    public SpeakerQuotations QuotationsBy(string speaker) => new(_self ??= new[] { this }, speaker);

    /// <summary>The article's text followed by any names stored outside it.</summary>
    internal abstract ReadOnlySpan<byte> Data { get; }

    /// <summary>The article's offset table (docs/design.md, "Article tables").</summary>
    internal abstract ReadOnlySpan<byte> TableBytes { get; }

    internal ArticleTable Table => new(TableBytes);

    /// <inheritdoc/>
    public override string ToString() => Id;

    /// <summary>A string of the table (headline, dateline, agency, cue, speaker), empty when none (−1).</summary>
    internal ReadOnlySpan<byte> StringUtf8(int s)
    {
        if (s < 0)
        {
            return default;
        }

        var table = Table;
        return Data.Slice(table.StringUtf8Start(s), table.StringUtf8Length(s));
    }

    internal string? StringText(int s) => s < 0 ? null : Cached(s, StringUtf8(s));

    internal ReadOnlySpan<byte> ParagraphUtf8(int paragraph)
    {
        var table = Table;
        return Data.Slice(table.ParagraphUtf8Start(paragraph), table.ParagraphUtf8Length(paragraph));
    }

    internal string ParagraphText(int paragraph) => Cached(Table.StringCount + paragraph, ParagraphUtf8(paragraph));

    internal ReadOnlySpan<byte> QuotationUtf8(int quotation)
    {
        var table = Table;
        return Data.Slice(table.QuotationUtf8Start(quotation), table.QuotationUtf8Length(quotation));
    }

    internal string QuotationText(int quotation)
    {
        var table = Table;
        return Cached(table.StringCount + table.ParagraphCount + quotation, QuotationUtf8(quotation));
    }

    // One cache slot per string, then per paragraph, then per quotation.
    private string Cached(int slot, ReadOnlySpan<byte> utf8)
    {
        var strings = _strings;
        if (strings is null)
        {
            var table = Table;
            strings = Interlocked.CompareExchange(ref _strings, new string?[table.StringCount + table.ParagraphCount + table.QuotationCount], null) ?? _strings;
        }

        return strings[slot] ??= Decode(utf8);
    }

    private static unsafe string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* bytes = utf8)
        {
            return Encoding.UTF8.GetString(bytes, utf8.Length);
        }
    }
}
