using System.IO;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Build;

/// <summary>
/// The read stage of the build task: a seed file's bytes to the <see cref="SeedFile"/> the compiler would have made of
/// it as an additional file (a byte order mark picks the encoding; otherwise UTF-8, falling back to code page 1252
/// when the bytes are not valid UTF-8, which the parser reports as CORPUS002). A file the compiler would call binary
/// (two NUL characters in a row: its CS2015) is not text, and is left out with CORPUS001 instead of failing the build.
/// </summary>
internal static class SeedFileDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SeedFile Read(string path, string corpus, string? language = null)
    {
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return new SeedFile(path, fileName, corpus, null, DecodedAsUtf8: true, Language: language);
        }
        catch (System.UnauthorizedAccessException)
        {
            return new SeedFile(path, fileName, corpus, null, DecodedAsUtf8: true, Language: language);
        }

        var (text, utf8) = Decode(bytes);
        return text.Contains("\0\0")
            ? new SeedFile(path, fileName, corpus, null, DecodedAsUtf8: true, Language: language)
            : new SeedFile(path, fileName, corpus, TextSanitizer.Clean(text), utf8, Language: language);
    }

    private static (string Text, bool Utf8) Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), true);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), true);
        }
        catch (DecoderFallbackException)
        {
            return (Fallback().GetString(bytes), false);
        }
    }

    // The compiler's fallback; Latin-1 where the host has no code page 1252 (the two differ only in 0x80–0x9F).
    private static Encoding Fallback()
    {
        try
        {
            return Encoding.GetEncoding(1252);
        }
        catch (System.NotSupportedException)
        {
            return Encoding.GetEncoding(28591);
        }
        catch (System.ArgumentException)
        {
            return Encoding.GetEncoding(28591);
        }
    }
}
