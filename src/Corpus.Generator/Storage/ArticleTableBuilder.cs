using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;
using F = Corpus.Generator.Storage.ArticleTableFormat;

namespace Corpus.Generator.Storage;

/// <summary>
/// Builds the binary table that the runtime's <c>ArticleTable</c> reads (layout: <see cref="ArticleTableFormat"/>, the
/// file both compile, and docs/design.md "Article tables"). Paragraphs and quotations are records with their UTF-8
/// range and the UTF-16 corrections; every other text (headline, dateline, agency, cues, speakers) is a string, each
/// distinct value once: a range of the text (the parse gives each its range), else a copy stored after the text.
/// </summary>
internal sealed class ArticleTableBuilder
{
    private readonly string _text;
    private readonly Utf8Offsets _offsets;
    private readonly List<long> _strings = new(); // (UTF-8 start, UTF-8 length) pairs
    private readonly Dictionary<string, int> _stringByValue = new(System.StringComparer.Ordinal);
    private readonly Dictionary<TextRange, int> _stringByRange = new();
    private readonly StringBuilder _extras = new();
    private int _extraBytes;

    public ArticleTableBuilder(string text)
    {
        _text = text;
        _offsets = new Utf8Offsets(text);
    }

    /// <summary>The strings stored after the article text, in order.</summary>
    public string Extras => _extras.ToString();

    /// <summary>A string for a range of the text: one per distinct value (the reader shows it, never where it is).</summary>
    public int StringOf(TextRange range)
    {
        if (range.IsNone)
        {
            return -1;
        }

        if (_stringByRange.TryGetValue(range, out var known))
        {
            return known;
        }

        // A range that cuts a surrogate pair encodes differently from the same characters elsewhere: kept apart.
        var value = range.Of(_text);
        var shared = !HasSurrogate(value);
        if (!shared || !_stringByValue.TryGetValue(value, out var s))
        {
            s = AddString(_offsets[range.Start], _offsets[range.End] - _offsets[range.Start]);
            if (shared)
            {
                _stringByValue.Add(value, s);
            }
        }

        _stringByRange.Add(range, s);
        return s;
    }

    /// <summary>
    /// A string for a name no stretch of the text writes whole (the parse composed it, <see cref="QuotationModel.SpeakerMention"/>):
    /// one already stored, else a copy stored after the text. The text is never searched for it.
    /// </summary>
    public int StringOf(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (_stringByValue.TryGetValue(value, out var s))
        {
            return s;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        s = AddString(_offsets.TotalBytes + _extraBytes, bytes);
        _extras.Append(value);
        _extraBytes += bytes;
        _stringByValue.Add(value, s);
        return s;
    }

    public byte[] Build(ArticleModel article)
    {
        var headline = StringOf(article.Headline);
        var dateline = StringOf(article.Dateline);
        var agency = StringOf(article.Agency);
        var fields = new List<long>[F.FieldCount];
        for (var f = 0; f < fields.Length; f++)
        {
            fields[f] = new List<long>();
        }

        foreach (var paragraph in article.Paragraphs)
        {
            AddRange(fields, F.ParagraphStart, paragraph.Range);
            fields[F.ParagraphKind].Add((int)paragraph.Kind);
        }

        foreach (var quotation in article.Quotations)
        {
            fields[F.QuotationParagraph].Add(quotation.Paragraph);
            AddRange(fields, F.QuotationStart, quotation.Text.IsNone ? new TextRange(0, 0) : quotation.Text); // a quotation always has words
            fields[F.QuotationFlags].Add(quotation.Marked ? F.MarkedFlag : 0);
            fields[F.QuotationContinues].Add(quotation.Continues);
            fields[F.QuotationCue].Add(StringOf(quotation.Cue));
            fields[F.QuotationSpeakerAsWritten].Add(StringOf(quotation.SpeakerAsWritten));
            fields[F.QuotationSpeaker].Add(quotation.SpeakerMention.IsNone ? StringOf(quotation.Speaker) : StringOf(quotation.SpeakerMention));
        }

        for (var i = 0; i < _strings.Count; i += 2)
        {
            fields[F.StringStart].Add(_strings[i]);
            fields[F.StringLength].Add(_strings[i + 1]);
        }

        var bytes = Encode(fields);
        CorpusFormat.WriteInt32(bytes, F.TextUtf8Length, _offsets.TotalBytes);
        CorpusFormat.WriteInt32(bytes, F.TextLength, article.Text.Length);
        CorpusFormat.WriteInt32(bytes, F.Date, article.Date?.ToNumber() ?? 0);
        bytes[F.Headline] = F.StoredString(headline);
        bytes[F.Dateline] = F.StoredString(dateline);
        bytes[F.Agency] = F.StoredString(agency);
        WriteLanguage(bytes, article.Language);
        return bytes;
    }

    // UTF-8 start and length, then how far the UTF-16 start and length fall short of them (0 for ASCII text).
    private void AddRange(List<long>[] fields, int first, TextRange range)
    {
        var start = _offsets[range.Start];
        var length = _offsets[range.End] - start;
        fields[first].Add(start);
        fields[first + 1].Add(length);
        fields[first + 2].Add(start - range.Start);
        fields[first + 3].Add(length - range.Length);
    }

    private int AddString(int utf8Start, int utf8Length)
    {
        _strings.Add(utf8Start);
        _strings.Add(utf8Length);
        return (_strings.Count / 2) - 1;
    }

    private static bool HasSurrogate(string value)
    {
        foreach (var c in value)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The table with its record counts, widths and descriptors (per field its offset in the record and its width) and the
    /// packed records; <see cref="Build"/> writes the rest of the header by name.
    /// </summary>
    private static byte[] Encode(List<long>[] fields)
    {
        var width = new int[F.FieldCount];
        var offset = new int[F.FieldCount];
        var recordBits = new long[3];
        var firsts = new[] { F.FirstParagraphField, F.FirstQuotationField, F.FirstStringField, F.FieldCount };
        for (var r = 0; r < 3; r++)
        {
            for (var f = firsts[r]; f < firsts[r + 1]; f++)
            {
                long max = 0;
                foreach (var value in fields[f])
                {
                    max = System.Math.Max(max, F.Stored(f, value));
                }

                while (width[f] < 32 && (max >> width[f]) != 0)
                {
                    width[f]++;
                }

                offset[f] = (int)recordBits[r];
                recordBits[r] += width[f];
            }
        }

        var counts = new long[] { fields[F.FirstParagraphField].Count, fields[F.FirstQuotationField].Count, fields[F.FirstStringField].Count };
        var bases = new long[3];
        var bit = (long)F.ParagraphBase;
        for (var r = 0; r < 3; r++)
        {
            bases[r] = bit;
            bit += counts[r] * recordBits[r];
        }

        var bytes = new byte[checked((int)((bit + 7) / 8))];
        CorpusFormat.WriteInt32(bytes, F.ParagraphCount, checked((int)counts[0]));
        CorpusFormat.WriteInt32(bytes, F.QuotationCount, checked((int)counts[1]));
        CorpusFormat.WriteInt32(bytes, F.StringCount, checked((int)counts[2]));
        bytes[F.ParagraphBits] = checked((byte)recordBits[0]);
        bytes[F.QuotationBits] = (byte)recordBits[1];
        bytes[F.QuotationBits + 1] = checked((byte)(recordBits[1] >> 8));
        bytes[F.StringBits] = checked((byte)recordBits[2]);
        for (var r = 0; r < 3; r++)
        {
            for (var f = firsts[r]; f < firsts[r + 1]; f++)
            {
                WriteInt16(bytes, F.Descriptors + (2 * f), (offset[f] << F.OffsetShift) | width[f]);
                for (var i = 0; i < fields[f].Count; i++)
                {
                    Write(bytes, bases[r] + (i * recordBits[r]) + offset[f], (ulong)F.Stored(f, fields[f][i]));
                }
            }
        }

        return bytes;
    }

    /// <summary>The language code's two letters (ArticleTableFormat.Language); a code the parse never makes is stored as "en".</summary>
    private static void WriteLanguage(byte[] bytes, string code)
    {
        var valid = code.Length == 2 && code[0] is >= 'a' and <= 'z' && code[1] is >= 'a' and <= 'z';
        bytes[F.Language] = (byte)(valid ? code[0] : 'e');
        bytes[F.Language + 1] = (byte)(valid ? code[1] : 'n');
    }

    private static void WriteInt16(byte[] bytes, int at, int value)
    {
        bytes[at] = (byte)value;
        bytes[at + 1] = (byte)(value >> 8);
    }

    // Little-endian bit order: bit k of the table is bit (k % 8) of byte k / 8. The bytes start zeroed.
    private static void Write(byte[] bytes, long bit, ulong value)
    {
        var at = (int)(bit >> 3);
        value <<= (int)(bit & 7);
        while (value != 0)
        {
            bytes[at++] |= (byte)value;
            value >>= 8;
        }
    }
}
