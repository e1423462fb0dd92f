namespace Corpus.Generator.Model;

/// <summary>What a paragraph is. The numeric values are part of the generated tables; keep them stable.</summary>
internal enum ParagraphKind
{
    Body = 0,
    Headline = 1,
    Caption = 2,
    Boilerplate = 3,
}
