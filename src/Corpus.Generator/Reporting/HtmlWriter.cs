using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace Corpus.Generator.Reporting;

/// <summary>
/// Writes HTML as UTF-8 into a stream through one buffer: markup as it is, text escaped. Article text is untrusted, so
/// every text goes through <see cref="Text(string)"/> or <see cref="Text(byte[], int, int)"/>, which escape the five
/// characters that could end a text or an attribute (<c>&amp; &lt; &gt; " '</c>); the bytes of an article are
/// escaped as bytes, never decoded to a string.
/// </summary>
internal sealed class HtmlWriter : IDisposable
{
    private readonly Stream _output;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _length;

    public HtmlWriter(Stream output) => _output = output;

    /// <summary>Markup, written as it is (never text from a seed).</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public HtmlWriter Raw(string markup)
    {
        // Markup is short and nearly always ASCII: copied a character a byte, without the encoder's set-up per call.
        if (markup.Length <= _buffer.Length - _length)
        {
            var at = _length;
            foreach (var c in markup)
            {
                if (c >= 0x80)
                {
                    return RawEncoded(markup);
                }

                _buffer[at++] = (byte)c;
            }

            _length = at;
            return this;
        }

        return RawEncoded(markup);
    }

    private HtmlWriter RawEncoded(string markup)
    {
        Bytes(Encoding.UTF8.GetBytes(markup));
        return this;
    }

    /// <summary>Text, escaped for a text node or a quoted attribute value.</summary>
    public HtmlWriter Text(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Text(bytes, 0, bytes.Length);
    }

    /// <summary>UTF-8 text, escaped for a text node or a quoted attribute value.</summary>
    public HtmlWriter Text(byte[] utf8, int start, int length) => Escaped(new ReadOnlySpan<byte>(utf8, start, length), inAttribute: true);

    /// <summary>
    /// UTF-8 text for a text node only (an article's paragraphs): <c>&amp; &lt; &gt;</c> escaped, quotation marks and
    /// apostrophes, common in prose and harmless outside an attribute, left as they are.
    /// </summary>
    public HtmlWriter TextNode(byte[] utf8, int start, int length) => Escaped(new ReadOnlySpan<byte>(utf8, start, length), inAttribute: false);

    [MethodImpl(JitHints.FullyOptimized)]
    private HtmlWriter Escaped(ReadOnlySpan<byte> rest, bool inAttribute)
    {
        while (true)
        {
            // The runs between the characters to escape are copied whole (a vectorised search, then one copy).
            var next = inAttribute ? rest.IndexOfAny(AttributeSpecials) : rest.IndexOfAny((byte)'&', (byte)'<', (byte)'>');
            if (next < 0)
            {
                Bytes(rest);
                return this;
            }

            Bytes(rest.Slice(0, next));
            Bytes(Escape(rest[next]));
            rest = rest.Slice(next + 1);
        }
    }

    public void Flush()
    {
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Dispose() => Flush();

    private static ReadOnlySpan<byte> AttributeSpecials => new[] { (byte)'&', (byte)'<', (byte)'>', (byte)'"', (byte)'\'' };

    private static ReadOnlySpan<byte> Escape(byte b) => b switch
    {
        (byte)'&' => Amp,
        (byte)'<' => Lt,
        (byte)'>' => Gt,
        (byte)'"' => Quot,
        _ => Apos,
    };

    private static readonly byte[] Amp = Encoding.ASCII.GetBytes("&amp;");
    private static readonly byte[] Lt = Encoding.ASCII.GetBytes("&lt;");
    private static readonly byte[] Gt = Encoding.ASCII.GetBytes("&gt;");
    private static readonly byte[] Quot = Encoding.ASCII.GetBytes("&quot;");
    private static readonly byte[] Apos = Encoding.ASCII.GetBytes("&#39;");

    [MethodImpl(JitHints.FullyOptimized)]
    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _output.Write(bytes.ToArray(), 0, bytes.Length); // netstandard2.0 streams take arrays; only a run longer than the buffer
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }
}
