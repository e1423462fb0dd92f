namespace Corpus;

/// <summary>Which words of the articles a text query searches.</summary>
public enum TextScope
{
    /// <summary>Every paragraph: headlines, body, captions and boilerplate.</summary>
    All = 0,

    /// <summary>Body paragraphs only (<see cref="ParagraphKind.Body"/>).</summary>
    Body = 1,

    /// <summary>Quoted words only (inside a <see cref="Quotation"/>).</summary>
    Quotations = 2,
}
