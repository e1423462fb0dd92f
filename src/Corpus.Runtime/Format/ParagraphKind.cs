// Compiled into the runtime (public: Paragraph.Kind) and into the generator and build task (internal: the parse stage's
// paragraph kinds, written into article tables and postings), like CorpusFormat.cs: the stored numbers are these.
#if CORPUS_GENERATOR
namespace Corpus.Generator.Model;
#else
namespace Corpus;
#endif

/// <summary>What a paragraph of an article is. The numbers are stored in corpus resources: keep them stable.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum ParagraphKind
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
