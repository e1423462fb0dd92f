using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Generator.Analysis;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// The bytes of one cached seed (<see cref="SeedDigestCache"/>): its <see cref="SeedDigest"/> (without the spill
/// place, which is the build's own) and its encoded article, so that a build can take an unchanged seed as it was
/// parsed last time. Private to one machine's <c>obj/</c> folder, so it only has to read back what it wrote: a
/// version, then the fields in declaration order, integers as zig-zag varints, strings as UTF-8 with their length.
/// </summary>
internal static class SeedDigestFormat
{
    /// <summary>Raised whenever any record below changes shape; a file of another version is not read.</summary>
    public const int Version = 1;

    public static void Write(Stream output, SeedDigest digest, byte[]? data, byte[]? table)
    {
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        var w = new FieldWriter(writer);
        w.Int(Version);
        Name(w, digest.Name);
        w.Optional(digest.Entry, entry =>
        {
            w.String(entry.CorpusName);
            w.String(entry.Path);
            w.String(entry.Id);
            w.String(entry.FileName);
            writer.Write(entry.ContentHash);
            w.String(entry.Summary);
        });
        w.List(digest.Issues, issue =>
        {
            w.String(issue.Path);
            Issue(w, issue.Issue);
        });
        w.Optional(digest.Fingerprint, fingerprint =>
        {
            w.String(fingerprint.CorpusName);
            w.String(fingerprint.Path);
            w.String(fingerprint.Id);
            w.UInts(fingerprint.Signature);
        });
        w.Optional(digest.Facts, facts => Facts(w, facts));
        w.Optional(digest.Tokens, tokens =>
        {
            w.String(tokens.CorpusName);
            w.String(tokens.Path);
            w.List(tokens.Terms, w.String);
            w.List(tokens.Tokens, token =>
            {
                w.Int(token.Term);
                w.Int(token.Ordinal);
                w.Int(token.Start);
                w.Int(token.Length);
                w.Int(token.Paragraph);
                w.Int(token.Flags);
            });
        });
        w.Optional(data, w.Bytes);
        w.Optional(table, w.Bytes);
    }

    /// <summary>The cached seed, or null when the bytes are of another version or cut short.</summary>
    public static (SeedDigest Digest, byte[]? Data, byte[]? Table)? Read(Stream input)
    {
        try
        {
            using var reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
            var r = new FieldReader(reader);
            if (r.Int() != Version)
            {
                return null;
            }

            var name = new SeedName(r.String(), r.String(), r.String(), r.String(), r.Bool());
            var entry = r.Optional(() => new SeedEntry(r.String(), r.String(), r.String(), r.String(), reader.ReadUInt64(), r.String()));
            var issues = r.List(() => new PathIssue(r.String(), Issue(r)));
            var fingerprint = r.Optional(() => new ArticleFingerprint(r.String(), r.String(), r.String(), r.UInts()));
            var facts = r.Optional(() => Facts(r));
            var tokens = r.Optional(() => new ArticleTokens(
                r.String(),
                r.String(),
                r.List(r.String).ToEquatableArray(),
                r.List(() => new TokenOccurrence(r.Int(), r.Int(), r.Int(), r.Int(), r.Int(), r.Int())).ToEquatableArray()));
            var data = r.Optional(r.Bytes);
            var table = r.Optional(r.Bytes);
            return (new SeedDigest(name, entry, issues, fingerprint, facts, tokens, null), data, table);
        }
        catch (EndOfStreamException)
        {
            return null;
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

    private static void Issue(FieldWriter w, SeedIssue issue)
    {
        w.String(issue.Id);
        w.Int(issue.Range.Start);
        w.Int(issue.Range.Length);
        w.Int(issue.Lines.StartLine);
        w.Int(issue.Lines.StartColumn);
        w.Int(issue.Lines.EndLine);
        w.Int(issue.Lines.EndColumn);
        w.List(issue.Arguments, w.String);
    }

    private static SeedIssue Issue(FieldReader r) =>
        new(r.String(), new TextRange(r.Int(), r.Int()), new LineSpan(r.Int(), r.Int(), r.Int(), r.Int()), r.List(r.String).ToEquatableArray());

    private static void Facts(FieldWriter w, StoryFacts facts)
    {
        w.String(facts.CorpusName);
        w.String(facts.Path);
        w.String(facts.Id);
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
            w.Int(name.Range.Start);
            w.Int(name.Range.Length);
            w.Int(name.Lines.StartLine);
            w.Int(name.Lines.StartColumn);
            w.Int(name.Lines.EndLine);
            w.Int(name.Lines.EndColumn);
        });
        w.List(facts.Mentions, mention => Mention(w, mention));
        w.List(facts.Surnames, mention => Mention(w, mention));
        w.Optional(facts.Failure, failure => Issue(w, failure));
    }

    private static StoryFacts Facts(FieldReader r) => new(
        r.String(),
        r.String(),
        r.String(),
        r.UInts(),
        r.UInts(),
        r.List(() => new QuotationPrint(r.Int(), r.UInts(), r.UInts())).ToEquatableArray(),
        r.List(() => new NameUse(r.String(), r.String(), new TextRange(r.Int(), r.Int()), new LineSpan(r.Int(), r.Int(), r.Int(), r.Int()))).ToEquatableArray(),
        r.List(() => Mention(r)).ToEquatableArray(),
        r.List(() => Mention(r)).ToEquatableArray(),
        r.Optional(() => Issue(r)));

    private static void Mention(FieldWriter w, NameMention mention)
    {
        w.String(mention.Name);
        w.List(mention.Paragraphs, w.Int);
    }

    private static NameMention Mention(FieldReader r) => new(r.String(), r.List(r.Int).ToEquatableArray());

    private sealed class FieldWriter
    {
        private readonly BinaryWriter _writer;

        public FieldWriter(BinaryWriter writer) => _writer = writer;

        public void Int(int value)
        {
            // Zig-zag, so the -1 of a range that is none is one byte like the small counts.
            var v = (uint)((value << 1) ^ (value >> 31));
            while (v >= 0x80)
            {
                _writer.Write((byte)(v | 0x80));
                v >>= 7;
            }

            _writer.Write((byte)v);
        }

        public void Bool(bool value) => _writer.Write(value);

        public void String(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Int(bytes.Length);
            _writer.Write(bytes);
        }

        public void Bytes(byte[] value)
        {
            Int(value.Length);
            _writer.Write(value);
        }

        public void UInts(EquatableArray<uint> values) => List(values, value => Int(unchecked((int)value)));

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
            _writer.Write(value is not null);
            if (value is not null)
            {
                write(value);
            }
        }
    }

    private sealed class FieldReader
    {
        private readonly BinaryReader _reader;

        public FieldReader(BinaryReader reader) => _reader = reader;

        public int Int()
        {
            uint v = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = _reader.ReadByte();
                v |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)(v >> 1) ^ -(int)(v & 1);
                }
            }

            throw new FormatException("a varint longer than five bytes");
        }

        public bool Bool() => _reader.ReadBoolean();

        public string String() => Encoding.UTF8.GetString(Bytes());

        public byte[] Bytes()
        {
            // A damaged length is refused before anything is allocated for it.
            var length = Int();
            var stream = _reader.BaseStream;
            if (length < 0 || length > stream.Length - stream.Position)
            {
                throw new FormatException("a length past the end of the file");
            }

            return _reader.ReadBytes(length);
        }

        public EquatableArray<uint> UInts() => List(() => unchecked((uint)Int())).ToEquatableArray();

        public List<T> List<T>(Func<T> read)
        {
            // Every item takes at least a byte, so a count past the end of the file is a damaged one.
            var count = Int();
            var stream = _reader.BaseStream;
            if (count < 0 || count > stream.Length - stream.Position)
            {
                throw new FormatException("a count past the end of the file");
            }

            var items = new List<T>(Math.Min(count, 1 << 16));
            for (var i = 0; i < count; i++)
            {
                items.Add(read());
            }

            return items;
        }

        public T? Optional<T>(Func<T> read)
            where T : class => _reader.ReadBoolean() ? read() : null;
    }
}
