using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using Corpus.Generator.Analysis;
using Corpus.Generator.Indexing;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// The bytes of one cached seed (<see cref="SeedDigestCache"/>): its <see cref="SeedDigest"/> (without the spill
/// place, which is the build's own) and its encoded article, so that a build can take an unchanged seed as it was
/// parsed last time. Private to one machine's <c>obj/</c> folder, so it only has to read back what it wrote: a
/// version, then the fields in declaration order, integers as zig-zag varints, strings as UTF-8 with their length.
/// Every record of a digest is of the one seed its name names (the build makes each from that seed), so the corpus,
/// path, id and file name are stored once, with the name, and given back to each record when it is read.
/// </summary>
internal static class SeedDigestFormat
{
    /// <summary>Raised whenever any record below changes shape; a file of another version is not read.</summary>
    public const int Version = 4;

    public static void Write(Stream output, SeedDigest digest, ArticleBytes? article)
    {
        var w = new FieldWriter();
        w.Int(Version);
        Name(w, digest.Name);
        w.Optional(digest.Entry, entry =>
        {
            w.ULong(entry.ContentHash);
            w.String(entry.Summary);
        });
        w.List(digest.Issues, issue =>
        {
            w.String(issue.Path);
            Issue(w, issue.Issue);
        });
        w.Optional(digest.Fingerprint, fingerprint => w.UInts(fingerprint.Signature));
        w.Optional(digest.Facts, facts => Facts(w, facts));
        w.Optional(digest.Postings, postings => w.Bytes(postings.Bytes));
        w.List(digest.ParagraphLines, w.Int);
        w.Bool(article is not null);
        if (article is { } sections)
        {
            w.Bytes(sections.Data);
            w.Bytes(sections.Table);
        }
        w.CopyTo(output);
    }

    /// <summary>The cached seed, or null when the bytes are of another version or cut short.</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static (SeedDigest Digest, ArticleBytes? Article)? Read(byte[] bytes) => Read(bytes, 0, bytes.Length);

    /// <summary>
    /// The cached seed in <c>bytes[start..start+length)</c>. Its article's sections and its index share are parts of
    /// <paramref name="bytes"/>, not copies: the share holds on to the buffer, which must not be reused.
    /// </summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static (SeedDigest Digest, ArticleBytes? Article)? Read(byte[] bytes, int start, int length)
    {
        try
        {
            var r = new FieldReader(bytes, start, length);
            if (r.Int() != Version)
            {
                return null;
            }

            var name = new SeedName(r.String(), r.String(), r.String(), r.String(), r.Bool());
            var entry = r.Optional(() => new SeedEntry(name.CorpusName, name.Path, name.Id, name.FileName, r.ULong(), r.String()));
            var issues = r.List(() => new PathIssue(r.String(), Issue(r)));
            var fingerprint = r.Optional(() => new ArticleFingerprint(name.CorpusName, name.Path, name.Id, r.UInts()));
            var facts = r.Optional(() => Facts(r, name));
            var postings = r.Optional(() => new ArticlePostings(r.Segment()));
            var paragraphLines = r.Array(r.Int);
            ArticleBytes? article = r.Bool() ? new ArticleBytes(r.Segment(), r.Segment()) : null;
            return r.AtEnd ? (new SeedDigest(name, entry, issues, fingerprint, facts, postings, null, paragraphLines), article) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Name(FieldWriter w, SeedName name)
    {
        w.String(name.CorpusName);
        w.String(name.Path);
        w.String(name.Id);
        w.String(name.FileName);
        w.Bool(name.HasArticle);
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static void Issue(FieldWriter w, SeedIssue issue)
    {
        w.String(issue.Id);
        Place(w, issue.Range, issue.Lines);
        w.List(issue.Arguments, w.String);
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static SeedIssue Issue(FieldReader r) => new(r.String(), Range(r), Lines(r), r.Array(r.String));

    /// <summary>Where an issue or a name stands: its range in the text and its lines and columns in the file.</summary>
    private static void Place(FieldWriter w, TextRange range, LineSpan lines)
    {
        w.Int(range.Start);
        w.Int(range.Length);
        w.Int(lines.StartLine);
        w.Int(lines.StartColumn);
        w.Int(lines.EndLine);
        w.Int(lines.EndColumn);
    }

    private static TextRange Range(FieldReader r) => new(r.Int(), r.Int());

    private static LineSpan Lines(FieldReader r) => new(r.Int(), r.Int(), r.Int(), r.Int());

    [MethodImpl(JitHints.FullyOptimized)]
    private static void Facts(FieldWriter w, StoryFacts facts)
    {
        w.UInts(facts.Words);
        w.UInts(facts.Signature);
        w.List(facts.Quotations, quotation =>
        {
            w.Int(quotation.Index);
            w.UInts(quotation.Words);
            w.UInts(quotation.Signature);
        });
        w.List(facts.Names, name =>
        {
            w.String(name.Name);
            w.String(name.Title);
            Place(w, name.Range, name.Lines);
        });
        w.List(facts.Mentions, mention => Mention(w, mention));
        w.List(facts.Surnames, mention => Mention(w, mention));
        w.Optional(facts.Failure, failure => Issue(w, failure));
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static StoryFacts Facts(FieldReader r, SeedName name) => new(
        name.CorpusName,
        name.Path,
        name.Id,
        r.UInts(),
        r.UInts(),
        r.Array(() => new QuotationPrint(r.Int(), r.UInts(), r.UInts())),
        r.Array(() => new NameUse(r.String(), r.String(), Range(r), Lines(r))),
        r.Array(() => Mention(r)),
        r.Array(() => Mention(r)),
        r.Optional(() => Issue(r)));

    [MethodImpl(JitHints.FullyOptimized)]
    private static void Mention(FieldWriter w, NameMention mention)
    {
        w.String(mention.Name);
        w.List(mention.Paragraphs, w.Int);
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static NameMention Mention(FieldReader r) => new(r.String(), r.Array(r.Int));

    /// <summary>Fields into a growable buffer (one copy to the stream at the end, not a call per byte).</summary>
    private sealed class FieldWriter
    {
        private byte[] _buffer = new byte[1 << 12];
        private int _length;

        [MethodImpl(JitHints.FullyOptimized)]
        public void Int(int value)
        {
            // Zig-zag, so the -1 of a range that is none, and a negative difference, are small like the counts.
            Reserve(Varint.MaxBytes);
            Varint.Write(_buffer, ref _length, Varint.Zigzag(value));
        }

        [MethodImpl(JitHints.FullyOptimized)]
        public void ULong(ulong value)
        {
            Reserve(8);
            for (var i = 0; i < 8; i++)
            {
                _buffer[_length++] = (byte)(value >> (8 * i));
            }
        }

        public void Bool(bool value)
        {
            Reserve(1);
            _buffer[_length++] = value ? (byte)1 : (byte)0;
        }

        [MethodImpl(JitHints.FullyOptimized)]
        public void String(string value)
        {
            var count = Encoding.UTF8.GetByteCount(value);
            Int(count);
            Reserve(count);
            _length += Encoding.UTF8.GetBytes(value, 0, value.Length, _buffer, _length);
        }

        public void Bytes(byte[] value) => Bytes(new ArraySegment<byte>(value));

        public void Bytes(ArraySegment<byte> value)
        {
            Int(value.Count);
            Reserve(value.Count);
            Buffer.BlockCopy(value.Array!, value.Offset, _buffer, _length, value.Count);
            _length += value.Count;
        }

        // Hashes fill their 32 bits, so four bytes each, read as fast as copied, are smaller than varints too.
        [MethodImpl(JitHints.FullyOptimized)]
        public void UInts(EquatableArray<uint> values)
        {
            Int(values.Count);
            Reserve(4 * values.Count);
            foreach (var value in values)
            {
                _buffer[_length++] = (byte)value;
                _buffer[_length++] = (byte)(value >> 8);
                _buffer[_length++] = (byte)(value >> 16);
                _buffer[_length++] = (byte)(value >> 24);
            }
        }

        [MethodImpl(JitHints.FullyOptimized)]
        public void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            Int(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                write(items[i]);
            }
        }

        public void Optional<T>(T? value, Action<T> write)
            where T : class
        {
            Bool(value is not null);
            if (value is not null)
            {
                write(value);
            }
        }

        public void CopyTo(Stream output) => output.Write(_buffer, 0, _length);

        private void Reserve(int count)
        {
            if (_length + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            }
        }
    }

    /// <summary>Fields out of the whole file's bytes; anything past the end or out of range is a <see cref="FormatException"/>.</summary>
    private sealed class FieldReader
    {
        private readonly byte[] _bytes;
        private readonly int _end;
        private int _position;

        public FieldReader(byte[] bytes, int start, int length)
        {
            _bytes = bytes;
            _position = start;
            _end = start + length;
        }

        public bool AtEnd => _position == _end;

        [MethodImpl(JitHints.FullyOptimized)]
        public int Int()
        {
            return Varint.TryRead(new ReadOnlySpan<byte>(_bytes, 0, _end), ref _position, out var value)
                ? Varint.Unzigzag(value)
                : throw new FormatException("a varint past the end of the file or longer than five bytes");
        }

        [MethodImpl(JitHints.FullyOptimized)]
        public ulong ULong()
        {
            ulong value = 0;
            for (var i = 0; i < 8; i++)
            {
                value |= (ulong)Byte() << (8 * i);
            }

            return value;
        }

        public bool Bool() => Byte() switch
        {
            0 => false,
            1 => true,
            _ => throw new FormatException("a flag that is neither 0 nor 1"),
        };

        [MethodImpl(JitHints.FullyOptimized)]
        public string String()
        {
            var length = Length();
            var value = Encoding.UTF8.GetString(_bytes, _position, length);
            _position += length;
            return value;
        }

        /// <summary>The next bytes as a part of the file's buffer, not a copy.</summary>
        [MethodImpl(JitHints.FullyOptimized)]
        public ArraySegment<byte> Segment()
        {
            var length = Length();
            var segment = new ArraySegment<byte>(_bytes, _position, length);
            _position += length;
            return segment;
        }

        /// <summary>A count of items: each takes at least a byte, so a count past the end of the file is a damaged one.</summary>
        public int Count() => Length();

        [MethodImpl(JitHints.FullyOptimized)]
        public EquatableArray<uint> UInts()
        {
            var count = Int();
            if (count < 0 || count > (_end - _position) / 4)
            {
                throw new FormatException("a length past the end of the file");
            }

            // Built in place: MoveToImmutable hands over the builder's array, one allocation an array.
            var values = ImmutableArray.CreateBuilder<uint>(count);
            for (var i = 0; i < count; i++, _position += 4)
            {
                values.Add(_bytes[_position] | ((uint)_bytes[_position + 1] << 8) | ((uint)_bytes[_position + 2] << 16) | ((uint)_bytes[_position + 3] << 24));
            }

            return new EquatableArray<uint>(values.MoveToImmutable());
        }

        /// <summary>Built in place: MoveToImmutable hands over the builder's array, one allocation a list.</summary>
        [MethodImpl(JitHints.FullyOptimized)]
        public EquatableArray<T> Array<T>(Func<T> read)
            where T : IEquatable<T>
        {
            var count = Count();
            var items = ImmutableArray.CreateBuilder<T>(count);
            for (var i = 0; i < count; i++)
            {
                items.Add(read());
            }

            return new EquatableArray<T>(items.MoveToImmutable());
        }

        [MethodImpl(JitHints.FullyOptimized)]
        public List<T> List<T>(Func<T> read)
        {
            var count = Count();
            var items = new List<T>(count);
            for (var i = 0; i < count; i++)
            {
                items.Add(read());
            }

            return items;
        }

        public T? Optional<T>(Func<T> read)
            where T : class => Bool() ? read() : null;

        private byte Byte() => _position < _end ? _bytes[_position++] : throw new FormatException("the file ends early");

        // A damaged length is refused before anything is allocated for it.
        private int Length()
        {
            var length = Int();
            return length >= 0 && length <= _end - _position ? length : throw new FormatException("a length past the end of the file");
        }
    }
}
