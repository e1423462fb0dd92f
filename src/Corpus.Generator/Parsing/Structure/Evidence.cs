namespace Corpus.Generator.Parsing.Structure;

/// <summary>
/// What one paragraph's own form shows about its kind, each piece read by its own test (see
/// <see cref="ParagraphClassifier"/>); <see cref="KindTable"/> turns the evidence and the paragraph's place into a kind.
/// </summary>
[System.Flags]
internal enum Evidence
{
    None = 0,

    /// <summary>Page furniture: a teaser, a credit, a contact or share line, a button's label, a byline.</summary>
    Furniture = 1 << 0,

    /// <summary>A caption's mark: a photo phrase or credit, a slideshow counter, a chart's title or note.</summary>
    CaptionMark = 1 << 1,

    /// <summary>A line without a closing full stop, of a title's length (the title at the top, a subhead inside).</summary>
    OpenTitle = 1 << 2,

    /// <summary>A first line closed like a sentence that still reads as a title (<see cref="ClosedTitle"/>).</summary>
    ClosedTitle = 1 << 3,

    /// <summary>One word of letters alone on a line, unpunctuated: a menu's, a tag's or a button's.</summary>
    LoneWord = 1 << 5,

    /// <summary>A short photo description: mostly capitalised words, no finite verb, a closing full stop.</summary>
    PhotoDescription = 1 << 4,
}

/// <summary>Where a paragraph stands: the title's place (first of several) or anywhere else.</summary>
[System.Flags]
internal enum Place
{
    Top = 1 << 0,
    Inside = 1 << 1,
    Anywhere = Top | Inside,
}
