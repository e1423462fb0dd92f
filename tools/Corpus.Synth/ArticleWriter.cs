using System.Globalization;
using System.Text;

namespace Corpus.Synth;

/// <summary>
/// Writes one news-like article in the seed format (docs/generated-api.md, "Seed format"): an optional
/// <c> date yyyy-mm-dd</c> line, an optional title, a photo caption, a dateline, body paragraphs with quotations in
/// curly and straight marks and their attributions, subheads, web boilerplate, an agency sign-off, and now and then
/// a garbled mark (unclosed, unopened, doubled) or a mojibake apostrophe, as scraped news has.
/// Everything comes from the <see cref="SplitMix64"/> it is given, so the same generator gives the same text.
/// </summary>
public sealed class ArticleWriter
{
    private readonly StringBuilder _text = new();
    private SplitMix64 _random;
    private string _newline = "\n";
    private string _speaker = "";
    private string _speakerLast = "";
    private string _pronoun = "he";

    public ArticleWriter(SplitMix64 random) => _random = random;

    /// <summary>The article's text; <paramref name="targetLength"/> is the approximate length in characters.</summary>
    public string Write(int targetLength)
    {
        _text.Clear();
        _newline = _random.Chance(5) ? "\r\n" : "\n";
        NewSpeaker();

        if (_random.Chance(70))
        {
            _text.Append(" date ").Append(Date()).Append(' ');
            Blank(_random.Chance(50) ? 3 : 1);
        }

        if (_random.Chance(35))
        {
            Paragraph(Headline());
        }

        if (_random.Chance(25))
        {
            Paragraph(Caption());
        }

        Paragraph(Dateline() + Sentences(_random.Between(2, 4)));
        while (_text.Length < targetLength)
        {
            var kind = _random.Below(100);
            Paragraph(kind switch
            {
                < 40 => Sentences(_random.Between(1, 4)),
                < 80 => QuotationParagraph(),
                < 86 => Headline(),
                < 90 => Caption(),
                < 95 => Sentence() + " " + QuotationParagraph(),
                _ => Garbled(),
            });
        }

        if (_random.Chance(30))
        {
            Paragraph(Fill(_random.Pick(WordLists.Boilerplate)));
        }

        if (_random.Chance(15))
        {
            var agency = _random.Pick(WordLists.Agencies);
            Paragraph(_random.Below(3) switch { 0 => agency, 1 => "(" + agency + ")", _ => "— " + agency });
        }

        return _text.ToString();
    }

    private void Paragraph(string text)
    {
        _text.Append(text);
        Blank(1);
    }

    private void Blank(int lines)
    {
        _text.Append(_newline);
        for (var i = 0; i < lines; i++)
        {
            _text.Append(_newline);
        }
    }

    private void NewSpeaker()
    {
        var first = _random.Pick(WordLists.FirstNames);
        _speakerLast = _random.Pick(WordLists.LastNames);
        _speaker = first + " " + _speakerLast;
        _pronoun = _random.Pick(WordLists.Pronouns);
    }

    private string Date() => string.Create(CultureInfo.InvariantCulture, $"{_random.Between(2015, 2025):D4}-{_random.Between(1, 12):D2}-{_random.Between(1, 28):D2}");

    private string Name() => _random.Pick(WordLists.FirstNames) + " " + _random.Pick(WordLists.LastNames);

    private string Headline()
    {
        var words = new StringBuilder();
        var count = _random.Between(4, 12);
        for (var i = 0; i < count; i++)
        {
            words.Append(i == 0 ? "" : " ").Append(i % 4 == 2 ? _random.Pick(WordLists.Places) : _random.Pick(WordLists.HeadlineWords));
        }

        return words.ToString();
    }

    private string Caption()
    {
        var when = string.Create(CultureInfo.InvariantCulture, $"{_random.Pick(WordLists.Days)}, {_random.Pick(WordLists.Months)} {_random.Between(1, 28)}, {_random.Between(2015, 2025)}");
        var credit = Name() + "/" + _random.Pick(WordLists.Agencies);
        return _random.Below(3) switch
        {
            0 => $"{_random.Pick(WordLists.Titles)} {Name()}, left, {_random.Pick(WordLists.CaptionActions)} {_random.Pick(WordLists.Titles)} {Name()}, right, in {_random.Pick(WordLists.Places)}, {when}. {credit} .",
            1 => $"{Name()} and {Name()} at the summit in {_random.Pick(WordLists.Places)}.",
            _ => $"{Capitalised(_random.Pick(WordLists.Groups))} gather in {_random.Pick(WordLists.Places)} on {when}. Getty Images",
        };
    }

    private string Dateline()
    {
        var agency = _random.Pick(WordLists.Agencies);
        var place = _random.Pick(WordLists.Datelines);
        return _random.Below(10) switch
        {
            < 5 => $"{place} ({agency}) — ",
            < 7 => place + " ",
            8 => string.Create(CultureInfo.InvariantCulture, $"{place[0]}{place[1..].ToLowerInvariant()}, {_random.Pick(WordLists.Months)} {_random.Between(1, 28)} ({agency}) - "),
            _ => "",
        };
    }

    private string Sentences(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : " ").Append(Sentence());
        }

        return builder.ToString();
    }

    private string Sentence() => _random.Below(6) switch
    {
        0 => $"{_random.Pick(WordLists.Organisations)} {_random.Pick(WordLists.Verbs)} {_random.Pick(WordLists.Objects)} {_random.Pick(WordLists.Times)}, {_random.Pick(WordLists.Clauses)}.",
        1 => $"{_random.Pick(WordLists.Titles)} {_speaker} {_random.Pick(WordLists.Verbs)} {_random.Pick(WordLists.Objects)} {_random.Pick(WordLists.Times)}.",
        2 => $"{Capitalised(_random.Pick(WordLists.Groups))} in {_random.Pick(WordLists.Places)} {_random.Pick(WordLists.Verbs)} {_random.Pick(WordLists.Objects)}, {_random.Pick(WordLists.Clauses)}.",
        3 => string.Create(CultureInfo.InvariantCulture, $"About {_random.Between(2, 98)} percent of {_random.Pick(WordLists.Groups)} expect {_random.Pick(WordLists.Objects)} to change {_random.Pick(WordLists.Times)}, {_random.Pick(WordLists.Clauses)}."),
        4 => $"{_speakerLast}’s visit to {_random.Pick(WordLists.Places)} followed talks on {_random.Pick(WordLists.Objects)} and {_random.Pick(WordLists.Objects)} {_random.Pick(WordLists.Times)}.",
        _ => string.Create(CultureInfo.InvariantCulture, $"The {_random.Pick(WordLists.Adjectives)} {_random.Pick(WordLists.Nouns)} between the {_random.Between(2, 40)} {_random.Pick(WordLists.Groups)} {_random.Pick(WordLists.Verbs)} {_random.Pick(WordLists.Objects)}."),
    };

    private string QuotationParagraph()
    {
        if (_random.Chance(20))
        {
            NewSpeaker();
        }

        var quote = Quote();
        var title = _random.Pick(WordLists.Titles);
        return _random.Below(10) switch
        {
            0 => $"“{quote},” {_speaker} said.",
            1 => $"“{quote},” said {_random.Pick(WordLists.Roles)} {_speaker}.",
            2 => $"{title} {_speaker} told reporters: “{quote}.”",
            3 => $"\"{quote},\" {_speakerLast} said.",
            4 => $"“{quote},” {_pronoun} {_random.Pick(WordLists.Cues)}.",
            5 => $"{_speakerLast} said {_random.Pick(WordLists.Objects)} would be “{_random.Pick(WordLists.Adjectives)} and {_random.Pick(WordLists.Adjectives)}.”",
            6 => $"“{quote},” {_speakerLast} said. “{Quote()}.”",
            7 => $"{quote}, {_speakerLast} told a news conference {_random.Pick(WordLists.Times)}.",
            8 => $"“{quote}, and it is ‘{_random.Pick(WordLists.Adjectives)}’ to say otherwise,” {_speakerLast} {_random.Pick(WordLists.Cues)}.",
            _ => $"{_random.Pick(WordLists.Organisations)} said {_speakerLast} had pointed out “{quote}.” according to {_random.Pick(WordLists.Organisations).ToLowerInvariant()}.",
        };
    }

    // Marks that scraped text gets wrong: unclosed, unopened, doubled, straight and curly mixed, mojibake.
    private string Garbled()
    {
        var quote = Quote();
        return _random.Below(6) switch
        {
            0 => $"“{quote}, {_speakerLast} said.",
            1 => $"{quote}.” the ministry said.",
            2 => $"{_speakerLast} said they would “{_random.Pick(WordLists.Verbs)} {_random.Pick(WordLists.Objects)} “.",
            3 => $"“{quote},\" {_speakerLast} said.",
            4 => $"{_speakerLast}â€™s office said “{quote}.”",
            _ => $"“{quote}.” rule-based.” {_random.Pick(WordLists.Organisations)} said.",
        };
    }

    private string Quote() => Fill(_random.Pick(WordLists.Quotes));

    private string Fill(string template)
    {
        if (template.IndexOf('{', System.StringComparison.Ordinal) < 0)
        {
            return template;
        }

        return template
            .Replace("{noun}", _random.Pick(WordLists.Nouns), System.StringComparison.Ordinal)
            .Replace("{adj}", _random.Pick(WordLists.Adjectives), System.StringComparison.Ordinal)
            .Replace("{object}", _random.Pick(WordLists.Objects), System.StringComparison.Ordinal)
            .Replace("{headline}", Headline(), System.StringComparison.Ordinal);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
