namespace Corpus.Generator.Model;

/// <summary>
/// A name the article gives, as the parse read it (people and organisations; places and events are no one's name):
/// the story analysis reads these instead of reading the text for names a second time.
/// </summary>
/// <param name="Range">The name's words as written, titles left out (a possessive ending included: <c>Lopez’s</c>).</param>
/// <param name="Name">The name's words joined by single spaces, a possessive ending removed and an initial's full stop kept (<c>Tom K. Ward</c>).</param>
/// <param name="Kind">A person or an organisation.</param>
/// <param name="Titled">True when a title stands right before the name (<c>Sen.</c>, <c>President</c>), or a role titles it (<c>coach Ann Lee</c>).</param>
/// <param name="Title">The capitalised words written before the name in the same run (<c>Foreign Minister</c>), or <see cref="TextRange.None"/>.</param>
internal readonly record struct MentionModel(TextRange Range, string Name, MentionKind Kind, bool Titled, TextRange Title);
