using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Quoted words found between quotation marks in one paragraph.
/// </summary>
/// <param name="OpenMark">Position of the opening mark.</param>
/// <param name="Start">First character of the quoted words.</param>
/// <param name="End">End (exclusive) of the quoted words.</param>
/// <param name="CloseMark">Position of the closing mark, or -1 when the paragraph ends first.</param>
/// <param name="RunsOn">Unclosed because the quotation runs on into the next paragraph, which opens with a mark.</param>
internal sealed record MarkedSpan(int OpenMark, int Start, int End, int CloseMark, bool RunsOn)
{
    public int CloseOrEnd => CloseMark >= 0 ? CloseMark : End;

    public TextRange Words => new(Start, End - Start);
}
