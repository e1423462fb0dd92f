using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The people an article names, indexed by each word of their names (a bounded number of names per word), so that a
/// person's fullest name is a look-up: the parse gives its speakers their names from it, and the story facts read the
/// parse's recorded mentions into it (<see cref="ArticleModel.Mentions"/>) instead of reading the text again.
/// </summary>
internal sealed class PersonNames
{
    /// <summary>A name repeated thousands of times adds nothing after its first mentions; this keeps look-ups bounded.</summary>
    private const int NamesPerToken = 64;

    private readonly string _text;
    private readonly List<(int Position, string[] Tokens)> _names = new();
    private readonly Dictionary<string, List<int>> _namesByToken = new(NameComparer.Instance);

    /// <summary>The rules of a language that writes two surnames (Spanish), or null: see <see cref="Canonical"/>.</summary>
    private readonly Languages.LanguageRules? _doubleSurnames;

    public PersonNames(string text, Languages.LanguageRules? doubleSurnames = null)
    {
        _text = text;
        _doubleSurnames = doubleSurnames;
    }

    /// <summary>Adds a person's name as written at <paramref name="position"/>, in text order.</summary>
    public void Add(int position, string[] tokens)
    {
        var index = _names.Count;
        _names.Add((position, tokens));
        foreach (var token in tokens)
        {
            if (!_namesByToken.TryGetValue(token, out var list))
            {
                _namesByToken[token] = list = new List<int>();
            }

            if (list.Count > 0 && list[list.Count - 1] == index)
            {
                continue; // "Ann Ann": one entry per name
            }

            if (list.Count < NamesPerToken)
            {
                list.Add(index);
            }
        }
    }

    /// <summary>True when a person's name of two words or more ends in this word (a possessive aside): someone's surname.</summary>
    public bool IsSurname(string word)
    {
        var bare = ArticleNames.StripPossessive(word);
        if (!_namesByToken.TryGetValue(bare, out var list))
        {
            return false;
        }

        foreach (var index in list)
        {
            QuotationWork.Step();
            var tokens = _names[index].Tokens;
            if (tokens.Length >= 2 && NameComparer.Instance.Equals(tokens[tokens.Length - 1], bare))
            {
                return true;
            }

            if (IsFirstOfTwoSurnames(tokens, bare))
            {
                return true; // "Silva" of "Miguel Silva Moyano" (Spanish)
            }
        }

        return false;
    }

    /// <summary>
    /// The fullest form of a person's name in the article (most words, nearest before <paramref name="position"/>
    /// first), with where it is written: the fuller mention's place, or <paramref name="start"/>, where
    /// <paramref name="tokens"/> themselves are written, when none is fuller.
    /// </summary>
    public CanonicalName Canonical(string[] tokens, int start, int position)
    {
        if (tokens.Length == 0)
        {
            return new CanonicalName(string.Empty, TextRange.None);
        }

        // A surname extends to the fullest person's name ending in it ("Lee" → "Ann Lee", never "Lee Research"); a
        // name given surname first ("Silva" → "Silva Ana") only when no name ends in it.
        var list = _namesByToken.TryGetValue(tokens[tokens.Length - 1], out var found) ? found : null;
        var best = Fullest(tokens, start, position, list, surnameLast: true);
        if (best.Tokens.Length == 1 && tokens.Length == 1 && list is not null)
        {
            best = Fullest(tokens, start, position, list, surnameLast: false);
        }

        if (best.Tokens.Length == 1 && tokens.Length == 1 && list is not null && _doubleSurnames is not null)
        {
            best = FirstOfTwoSurnames(tokens[0], best, position, list);
        }

        return CanonicalName.At(_text, string.Join(" ", best.Tokens), best.Position);
    }

    private (string[] Tokens, int Position) Fullest(string[] tokens, int start, int position, List<int>? candidates, bool surnameLast)
    {
        var best = (Tokens: tokens, Position: start);
        var bestDistance = int.MaxValue;
        if (candidates is null)
        {
            return best;
        }

        foreach (var index in candidates)
        {
            QuotationWork.Step();
            var name = _names[index];
            var anchored = surnameLast ? NameComparer.Instance.Equals(name.Tokens[name.Tokens.Length - 1], tokens[tokens.Length - 1]) : NameComparer.Instance.Equals(name.Tokens[0], tokens[0]);
            if (name.Tokens.Length < best.Tokens.Length || !anchored || !ContainsAll(name.Tokens, tokens))
            {
                continue;
            }

            // Before the quotation beats after it; nearer beats farther.
            var distance = name.Position <= position ? position - name.Position : int.MaxValue / 2 + name.Position - position;
            if (name.Tokens.Length > best.Tokens.Length || distance < bestDistance)
            {
                best = (name.Tokens, name.Position);
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Spanish names carry two surnames and news calls the person by the first (<c>Silva</c> for <c>Miguel Silva
    /// Moyano</c>): a lone surname that is the second-last word of a name of three words or more, and no given name
    /// (<c>Fernando</c> in <c>Carlos Fernando Galán</c>), extends to that name, the nearest before the quotation first.
    /// </summary>
    private (string[] Tokens, int Position) FirstOfTwoSurnames(string surname, (string[] Tokens, int Position) best, int position, List<int> candidates)
    {
        var bestDistance = int.MaxValue;
        foreach (var index in candidates)
        {
            QuotationWork.Step();
            var name = _names[index];
            if (!IsFirstOfTwoSurnames(name.Tokens, surname))
            {
                continue;
            }

            var distance = name.Position <= position ? position - name.Position : int.MaxValue / 2 + name.Position - position;
            if (distance < bestDistance)
            {
                best = (name.Tokens, name.Position);
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The second-last word of a name of three words or more, and no given name, where Spanish writes two surnames.</summary>
    private bool IsFirstOfTwoSurnames(string[] tokens, string word) =>
        _doubleSurnames is not null && tokens.Length >= 3 && NameComparer.Instance.Equals(tokens[tokens.Length - 2], word) && !_doubleSurnames.IsGivenName(word);

    private static bool ContainsAll(string[] tokens, string[] wanted)
    {
        foreach (var w in wanted)
        {
            var found = false;
            foreach (var t in tokens)
            {
                found |= NameComparer.Instance.Equals(t, w);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
