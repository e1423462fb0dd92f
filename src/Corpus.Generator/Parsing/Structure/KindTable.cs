using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Structure;

/// <summary>
/// The one place where a paragraph's own evidence becomes its kind: the first row whose place and evidence hold
/// wins, and a paragraph no row takes is story. Each row says why it stands where it does.
/// </summary>
internal static class KindTable
{
    public readonly record struct Row(Place Place, Evidence Evidence, ParagraphKind Kind);

    public static readonly Row[] Rows =
    {
        // Furniture phrases and forms are never story, wherever they stand (a credit line may end in a full stop).
        new(Place.Anywhere, Evidence.Furniture, ParagraphKind.Boilerplate),

        // A photo credit or counter is a caption even where it looks like a title ("Jane Roe/AP").
        new(Place.Anywhere, Evidence.CaptionMark, ParagraphKind.Caption),

        // A word alone is a menu's or a tag's, once no caption phrase ("Shutterstock") has claimed it.
        new(Place.Anywhere, Evidence.LoneWord, ParagraphKind.Boilerplate),

        // At the top, a title's form beats a photo description's: a title-case headline has no finite verb either.
        new(Place.Top, Evidence.OpenTitle, ParagraphKind.Headline),
        new(Place.Top, Evidence.ClosedTitle, ParagraphKind.Headline),

        // Below the title, a short capitalised line with a full stop and no verb describes a picture.
        new(Place.Anywhere, Evidence.PhotoDescription, ParagraphKind.Caption),

        // Inside the story, a short line without a closing full stop is a subhead (or, by its neighbours, a link).
        new(Place.Inside, Evidence.OpenTitle, ParagraphKind.Headline),
    };

    /// <summary>The kind of the first row that holds, asking <paramref name="has"/> only for the evidence the rows need.</summary>
    public static ParagraphKind Choose<TReader>(Place place, ref TReader has)
        where TReader : struct, IEvidenceReader
    {
        foreach (var row in Rows)
        {
            if ((row.Place & place) != 0 && has.Has(row.Evidence))
            {
                return row.Kind;
            }
        }

        return ParagraphKind.Body;
    }
}

/// <summary>Reads one piece of evidence of one paragraph, on demand (most paragraphs need only the first rows).</summary>
internal interface IEvidenceReader
{
    bool Has(Evidence evidence);
}
