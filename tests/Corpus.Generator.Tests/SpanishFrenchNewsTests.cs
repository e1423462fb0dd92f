using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Habits of Spanish and French news that a sample of public news excerpts showed in several outlets (issue 26; the
/// sample is not shipped): words that open sentences, a preposition's object, offices written in place of the name,
/// the Spanish perfect and more verbs of saying. Every sentence and name here is our own.
/// </summary>
public sealed class SpanishFrenchNewsTests
{
    private const string Spanish = "Noticia del puerto\n\nEl consejo dijo el jueves que el muelle volverá a abrir cuando terminen las obras.\n\n";
    private const string French = "Nouvelles du port\n\nLe conseil a indiqué jeudi que le quai rouvrira après la fin des travaux.\n\n";

    private static List<ParsedText.Quoted> Quotations(string text) => ParsedText.Quotations(text);

    [Theory]
    [InlineData("Malgré la pluie, Paul Verdier a salué « le courage des équipes ».")]
    [InlineData("D'abord, Paul Verdier a salué « le courage des équipes ».")]
    public void French_word_opening_a_sentence_is_no_part_of_the_name(string paragraph)
    {
        // "Malgré", "D'abord": capitalised only because they open the sentence.
        var quotations = Quotations(French + "Le maire Paul Verdier s'est rendu sur le quai mardi.\n\n" + paragraph);
        Assert.Equal("Paul Verdier", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("La alcaldesa Marta Olivares visitó el muelle el lunes.\n\nAsimismo, sostuvo que las grúas llegarán «antes del verano».", "Asimismo")]
    [InlineData("Le maire Paul Verdier s'est rendu sur le quai mardi.\n\nCependant, il y a une « vraie inquiétude » chez les pêcheurs, poursuit le maire.", "Cependant")]
    [InlineData("Le maire Paul Verdier s'est rendu sur le quai mardi.\n\nQui estime que « rien n'est joué pour les pêcheurs ».", "Qui")]
    [InlineData("Le maire Paul Verdier s'est rendu sur le quai mardi.\n\nL'enquête du journal note que le maire aurait lancé « je ne céderai pas ».", "L'enquête")]
    public void Word_opening_a_sentence_is_no_speaker(string paragraphs, string opener)
    {
        // An adverb, a conjunction, a relative, an elided article before a lower-case letter: no one's name.
        var quotations = Quotations((paragraphs.StartsWith("Le ") ? French : Spanish) + paragraphs);
        Assert.NotEqual(opener, Assert.Single(quotations).Speaker);
    }

    [Fact]
    public void Opener_of_the_sentence_is_no_part_of_the_name_after_it()
    {
        // "Para Olivares, …" names Olivares; "la ministra" refers back to her, not to "Para Olivares".
        var quotations = Quotations(Spanish + "La ministra Marta Olivares visitó el muelle el lunes.\n\n"
            + "Para Olivares, la obra avanza bien. «No habrá retrasos», ha insistido la ministra.");
        Assert.Equal("Marta Olivares", Assert.Single(quotations).Speaker);
    }


    [Theory]
    [InlineData("El ministro de Pesca, Tomás Arrieta, visitó el muelle el martes.\n\nEn diálogo con Radio Costa dijo que la lonja abrirá en mayo. «Tenemos todo listo», aseguró.", "Tomás Arrieta")]
    [InlineData("El alcalde de Villaseca, Tomás Arrieta, visitó el muelle el martes.\n\n«Tenemos todo listo», indicó el mandatario.", "Tomás Arrieta")]
    public void Spanish_object_of_a_preposition_is_no_subject(string paragraphs, string speaker)
    {
        // "con Radio Costa", "de Villaseca": a preposition's object is never the subject of the verb of saying.
        Assert.Equal(speaker, Assert.Single(Quotations(Spanish + paragraphs)).Speaker);
    }

    [Theory]
    [InlineData("En otro momento, el titular de la cartera de Pesca, dijo que la lonja abrirá «en cualquier caso antes de mayo».", "Pesca")]
    [InlineData("Luego, en diálogo con Radio Nacional Costera dijo que la lonja abrirá «antes de mayo, sin falta».", "Costera")]
    public void Spanish_complement_is_no_speaker_whatever_part_of_it_the_mention_keeps(string paragraph, string complement)
    {
        // "de Pesca" taken with its particle, "Nacional Costera" without the first word of its run: still the object of "de", "con".
        var quotation = Assert.Single(Quotations(Spanish + "El ministro Tomás Arrieta visitó el muelle el martes.\n\n" + paragraph));
        Assert.DoesNotContain(complement, quotation.Speaker ?? string.Empty, System.StringComparison.Ordinal);
    }

    [Fact]
    public void French_object_of_a_preposition_is_no_subject()
    {
        var quotations = Quotations(French + "Le bourgmestre de Villeneuve, Luc Armand, était sur le quai mardi.\n\n"
            + "Dans une déclaration accordée à Radio Vallée, il a parlé des travaux. « Le quai rouvrira en mai », a-t-il ajouté.");
        Assert.Equal("Luc Armand", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("« Les travaux avancent », indique le parquet de Lorient.", "Lorient")]
    [InlineData("«Las obras avanzan», dijo la portavoz de Aguas Claras.", "Aguas Claras")]
    public void Complement_of_an_institution_or_a_spokesperson_speaks(string paragraph, string speaker)
    {
        // "le parquet de Lorient", "la portavoz de Aguas Claras": the institution the preposition names speaks.
        var quotation = Assert.Single(Quotations((paragraph.StartsWith("« ") ? French : Spanish) + paragraph));
        Assert.EndsWith(speaker, quotation.Speaker);
    }

    [Theory]
    [InlineData("«El muelle abrirá en mayo», ha zanjado la ministra.")]
    [InlineData("«El muelle abrirá en mayo», ha defendido la ministra en declaraciones a la radio.")]
    [InlineData("«El muelle abrirá en mayo», ha dicho.")]
    [InlineData("«El muelle abrirá en mayo», dijo durante la rueda de prensa.")]
    public void Spanish_perfect_and_more_verbs_of_saying(string paragraph)
    {
        // Spain's press attributes in the perfect ("ha zanjado"); a dropped subject before a preposition's phrase.
        var quotations = Quotations(Spanish + "La ministra Elena Vidal visitó el muelle el lunes con los técnicos.\n\n" + paragraph);
        Assert.Equal("Elena Vidal", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("« Le quai rouvrira en mai », indique le bourgmestre.")]
    [InlineData("« Le quai rouvrira en mai », a indiqué le bourgmestre lors de la réunion.")]
    public void French_office_alone_refers_to_its_holder(string paragraph)
    {
        // "le bourgmestre" (Belgium's mayor) is an office one person holds, as "le maire" is.
        var quotations = Quotations(French + "Le bourgmestre Luc Armand s'est rendu sur le quai mardi.\n\n" + paragraph);
        Assert.Equal("Luc Armand", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("«El muelle abrirá en mayo», precisó Tomás Arrieta.", "precisó")]
    [InlineData("«El muelle abrirá en mayo», ha zanjado Tomás Arrieta.", "ha zanjado")]
    [InlineData("«El muelle abrirá en mayo», acotó Tomás Arrieta.", "acotó")]
    [InlineData("« Le quai rouvrira en mai », justifie Luc Armand.", "justifie")]
    [InlineData("« Le quai rouvrira en mai », poursuit Luc Armand.", "poursuit")]
    public void More_verbs_of_saying_are_cues(string paragraph, string cue)
    {
        // Verbs of saying news writes beyond the first lists.
        var text = (paragraph.Contains('«') && !paragraph.Contains("« ") ? Spanish : French) + paragraph;
        var article = ArticleParser.Parse("t", "t.txt", text, Corpus.Generator.Parsing.Quotations.QuotationModels.Learned);
        var quotation = Assert.Single(article.Quotations);
        Assert.Equal(cue, quotation.Cue.Of(article.Text));
    }

    [Theory]
    [InlineData("La députée Hélène Castaing a visité le quai mardi.\n\nMme Castaing a demandé au ministre de « changer de cap ».", "Hélène Castaing")]
    [InlineData("Le maire Paul Verdier s'est rendu sur le quai mardi.\n\n« Rien n'est joué », a lancé M. Verdier, agacé.", "Paul Verdier")]
    public void French_title_before_a_surname_is_the_person_named(string paragraphs, string speaker)
    {
        // French news calls a person "M. X" or "Mme X" after the full name: the title is no part of the name.
        Assert.Equal(speaker, Assert.Single(Quotations(French + paragraphs)).Speaker);
    }
}
