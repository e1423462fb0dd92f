using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Encodes one term's postings, in (article, position) order, in the layout of <see cref="PostingLayout"/>: checkpoints,
/// a position stream and a detail stream. The runtime's <c>PostingCursor</c> reads it; the two change together.
/// </summary>
internal sealed class TermPostingsWriter
{
    private readonly int _termLength;
    private readonly int _widthSixteenths;
    private readonly StringBuilder _checkpoints = new();
    private readonly StringBuilder _positions = new();
    private readonly StringBuilder _details = new();

    // The previous posting (for deltas) and the previous checkpoint (checkpoints are deltas too).
    private int _article = -1;
    private int _ordinal;
    private int _paragraph;
    private int _anchor; // the residual of the last long entry: short entries are relative to it, not to each other
    private int _checkpointArticle;
    private int _checkpointPositions;
    private int _checkpointDetails;

    public TermPostingsWriter(string term, int widthSixteenths)
    {
        _termLength = term.Length;
        _widthSixteenths = widthSixteenths;
    }

    public int Count { get; private set; }

    public void Add(int article, TokenOccurrence token)
    {
        var ordinal = PostingLayout.GappedOrdinal(token.Ordinal, token.Paragraph);
        var checkpoint = Count > 0 && Count % PostingLayout.SkipInterval == 0;
        if (checkpoint)
        {
            // Where a cursor lands when it jumps: just before this posting, which is written as a reset.
            PostingEncoding.Write(_checkpoints, _article - _checkpointArticle);
            PostingEncoding.Write(_checkpoints, _ordinal);
            PostingEncoding.Write(_checkpoints, _positions.Length - _checkpointPositions);
            PostingEncoding.Write(_checkpoints, _details.Length - _checkpointDetails);
            _checkpointArticle = _article;
            _checkpointPositions = _positions.Length;
            _checkpointDetails = _details.Length;
        }

        var reset = checkpoint || article != _article;
        if (reset)
        {
            PostingEncoding.Write(_positions, 0);
            PostingEncoding.Write(_positions, article - _article);
            PostingEncoding.Write(_positions, ordinal);
        }
        else
        {
            PostingEncoding.Write(_positions, ordinal - _ordinal);
        }

        // Most words are written as long as their folded term; only the others store their length.
        var hasLength = token.Length != _termLength;
        var residual = token.Start - PostingLayout.PredictedStart(ordinal, _widthSixteenths);
        if (!reset && !hasLength && token.Paragraph == _paragraph)
        {
            // The common entry, one number: the residual from the anchor, and the quotation bit (the paragraph, and so
            // its kind, is the previous posting's). Not a delta from the previous posting, so a reader can step over
            // short entries without decoding them.
            var quoted = (token.Flags & PostingLayout.QuotationFlag) != 0 ? PostingLayout.ShortQuotationBit : 0;
            PostingEncoding.Write(_details, (PostingLayout.ZigZag(residual - _anchor) << PostingLayout.ShortEntryBits) | quoted);
        }
        else
        {
            var paragraph = reset ? token.Paragraph : token.Paragraph - _paragraph;
            var head = (paragraph << PostingLayout.HeadBits) | (reset ? PostingLayout.ResetFlag : 0) | (hasLength ? PostingLayout.LengthFlag : 0) | token.Flags;
            PostingEncoding.Write(_details, (head << 1) | PostingLayout.LongEntryBit);
            PostingEncoding.Write(_details, PostingLayout.ZigZag(reset ? residual : residual - _anchor));
            if (hasLength)
            {
                PostingEncoding.Write(_details, token.Length);
            }

            _anchor = residual;
        }

        _article = article;
        _ordinal = ordinal;
        _paragraph = token.Paragraph;
        Count++;
    }

    /// <summary>The term's region of the postings literal.</summary>
    public void AppendTo(StringBuilder postings)
    {
        if (Count > PostingLayout.SkipInterval)
        {
            PostingEncoding.Write(postings, _checkpoints.Length);
        }

        PostingEncoding.Write(postings, _positions.Length);
        postings.Append(_checkpoints).Append(_positions).Append(_details);
    }
}
