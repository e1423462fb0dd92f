namespace Corpus;

/// <summary>What a paragraph of an article is.</summary>
public enum ParagraphKind
{
    /// <summary>The story itself.</summary>
    Body = 0,

    /// <summary>A title or subhead line.</summary>
    Headline = 1,

    /// <summary>A photo caption or photo credit.</summary>
    Caption = 2,

    /// <summary>Web-page furniture: "See also ...", "(Also read: ...)", newsletter lines, a bare agency sign-off, a pull quote.</summary>
    Boilerplate = 3,
}
