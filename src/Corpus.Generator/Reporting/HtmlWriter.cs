using System;
using System.IO;
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
    public HtmlWriter Raw(string markup)
    {
        var most = Encoding.UTF8.GetMaxByteCount(markup.Length);
        if (most > _buffer.Length)
        {
            var bytes = Encoding.UTF8.GetBytes(markup);
            Bytes(bytes, 0, bytes.Length);
            return this;
        }

        Ensure(most);
        _length += Encoding.UTF8.GetBytes(markup, 0, markup.Length, _buffer, _length);
        return this;
    }

    /// <summary>Text, escaped for a text node or a quoted attribute value.</summary>
    public HtmlWriter Text(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Text(bytes, 0, bytes.Length);
    }

    /// <summary>UTF-8 text, escaped for a text node or a quoted attribute value.</summary>
    public HtmlWriter Text(byte[] utf8, int start, int length)
    {
        var run = start;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var escaped = Escape(utf8[i]);
            if (escaped is null)
            {
                continue;
            }

            Bytes(utf8, run, i - run);
            Raw(escaped);
            run = i + 1;
        }

        Bytes(utf8, run, end - run);
        return this;
    }

    public void Flush()
    {
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Dispose() => Flush();

    private static string? Escape(byte b) => b switch
    {
        (byte)'&' => "&amp;",
        (byte)'<' => "&lt;",
        (byte)'>' => "&gt;",
        (byte)'"' => "&quot;",
        (byte)'\'' => "&#39;",
        _ => null,
    };

    private void Bytes(byte[] bytes, int start, int length)
    {
        if (length > _buffer.Length)
        {
            Flush();
            _output.Write(bytes, start, length);
            return;
        }

        Ensure(length);
        Buffer.BlockCopy(bytes, start, _buffer, _length, length);
        _length += length;
    }

    private void Ensure(int length)
    {
        if (_length + length > _buffer.Length)
        {
            Flush();
        }
    }
}
