using System;
using System.IO;

namespace Corpus.Generator.Storage;

/// <summary>
/// The encoded articles (data and table sections) as they come out of the parser, in the order they come, on a stream the
/// caller owns (a temporary file under obj/ in the task, memory in the tests): the build keeps only each article's
/// place, and the resource writer copies the bytes into member order, so the parsed text is dropped at once.
/// </summary>
internal sealed class ArticleSpill
{
    private readonly Stream _stream;

    public ArticleSpill(Stream stream) => _stream = stream;

    /// <summary>Copies the article's sections to the end of the stream; safe to call from several threads.</summary>
    public SpilledArticle Add(ArticleBytes article, string fileName)
    {
        lock (_stream)
        {
            _stream.Seek(0, SeekOrigin.End);
            var offset = _stream.Position;
            _stream.Write(article.Data.Array!, article.Data.Offset, article.Data.Count);
            _stream.Write(article.Table.Array!, article.Table.Offset, article.Table.Count);
            return new SpilledArticle(offset, article.Data.Count, article.Table.Count, fileName);
        }
    }

    /// <summary>Reads <paramref name="length"/> bytes at <paramref name="offset"/> into the start of <paramref name="buffer"/>.</summary>
    public void Read(long offset, byte[] buffer, int length)
    {
        lock (_stream)
        {
            _stream.Seek(offset, SeekOrigin.Begin);
            var done = 0;
            while (done < length)
            {
                var read = _stream.Read(buffer, done, length - done);
                if (read <= 0)
                {
                    throw new EndOfStreamException("the article spill ended early");
                }

                done += read;
            }
        }
    }

    /// <summary>Copies <paramref name="length"/> bytes at <paramref name="offset"/> to <paramref name="output"/>; a report may read the spill meanwhile.</summary>
    public void CopyTo(long offset, int length, Stream output, byte[] buffer)
    {
        while (length > 0)
        {
            int read;
            lock (_stream)
            {
                _stream.Seek(offset, SeekOrigin.Begin);
                read = _stream.Read(buffer, 0, Math.Min(buffer.Length, length));
            }

            if (read <= 0)
            {
                throw new EndOfStreamException("the article spill ended early");
            }

            output.Write(buffer, 0, read);
            offset += read;
            length -= read;
        }
    }
}
