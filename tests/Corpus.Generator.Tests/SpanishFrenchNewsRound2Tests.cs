using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The second round of Spanish and French habits from a sample of public news excerpts (issue 26; the sample is not
/// shipped), each seen in articles of several outlets. Every sentence and name here is our own.
/// </summary>
public sealed class SpanishFrenchNewsRound2Tests
{
    private const string Spanish = "Noticia del mercado\n\nEl consejo dijo el jueves que la plaza volverá a abrir cuando terminen las obras.\n\n";
    private const string French = "Nouvelles du marché\n\nLe conseil a indiqué jeudi que la halle rouvrira après la fin des travaux.\n\n";

    private static List<ParsedText.Quoted> Quotations(string text) => ParsedText.Quotations(text);

    [Theory]
    [InlineData("« Les étals seront prêts en avril », a notamment déclaré Odile Marchal.")]
    [InlineData("« Les étals seront prêts en avril », a même estimé Odile Marchal devant les commerçants.")]
    [InlineData("« Les étals seront prêts en avril », a ainsi lancé Odile Marchal.")]
    public void French_adverb_between_auxiliary_and_participle_keeps_one_cue(string paragraph)
    {
        // "a notamment déclaré X": the auxiliary, the adverb and the participle are one cue, X its inverted subject.
        var quotations = Quotations(French + "La commerçante Jeanne Bataille tient un étal depuis vingt ans.\n\n" + paragraph);
        Assert.Equal("Odile Marchal", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("Claramente molesta por el resultado, lamentó que «nadie haya visto la falta».", "Claramente")]
    [InlineData("Agregando que el club apelará, aseguró que «nadie haya visto la falta» es inaceptable.", "Agregando")]
    public void Spanish_adverb_or_gerund_opening_a_sentence_is_no_name(string paragraph, string opener)
    {
        // Capitalised only because it opens the sentence: an adverb in -mente, a gerund in -ando, -iendo.
        var quotations = Quotations(Spanish + "Rosa Villalba, entrenadora del club, criticó el arbitraje del domingo.\n\n" + paragraph);
        var speaker = Assert.Single(quotations).Speaker;
        Assert.NotEqual(opener, speaker);
    }

    [Fact]
    public void French_present_participle_opening_a_sentence_is_no_name()
    {
        var quotations = Quotations(French + "Le président du club, Gilles Faure, a ouvert la séance.\n\n"
            + "Empruntant ensuite le micro, le trésorier Marc Delorme a prévenu : « Les comptes sont justes. »");
        Assert.NotEqual("Empruntant", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("Présidente du marché, Odile Marchal est attristée par la fermeture de la halle. « Nous avons tout essayé pour la garder ouverte. »", "Odile Marchal")]
    [InlineData("La Ministra de Comercio, Rosa Villalba, visitó la plaza. «Abriremos en abril, sin falta.»", "Rosa Villalba")]
    public void Capitalised_office_is_no_name(string paragraph, string speaker)
    {
        // "Présidente de …", "la Ministra": an office written with a capital, then the name.
        var quotation = Assert.Single(Quotations((paragraph.Contains("« ") ? French : Spanish) + paragraph));
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Fact]
    public void Spanish_first_of_two_surnames_names_the_person()
    {
        // Spanish news calls "Andrés Robles Quintero" by his first surname, "Robles".
        var quotations = Quotations(Spanish + "El secretario de Obras, Andrés Robles Quintero, se refirió a la plaza el martes.\n\n"
            + "«Abriremos en abril», dijo Robles.");
        Assert.Equal("Andrés Robles Quintero", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("Depuis, la secrétaire d'État au Commerce Odile Marchal s'est tenue à l'écart. « Je ne dirai rien de plus », a-t-elle déclaré.", "Odile Marchal")]
    [InlineData("El concejal de Obras Andrés Robles visitó la plaza. «Abriremos en abril», dijo ayer.", "Andrés Robles")]
    public void Name_after_an_office_complement_in_one_run_is_the_person(string paragraph, string speaker)
    {
        // "au Commerce Odile Marchal": the complement and the name are one run of capitals; the given name opens the name.
        var quotation = Assert.Single(Quotations((paragraph.Contains("« ") ? French : Spanish) + paragraph));
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Fact]
    public void Holder_of_an_office_after_a_preposition_is_no_subject()
    {
        // "la renuncia del ministro X": the office's holder is the preposition's object, not who speaks after it.
        var quotations = Quotations(Spanish + "El concejal Andrés Robles habló el martes con la prensa.\n\n"
            + "Dijo que aceptó la renuncia del ministro Julián Prado y que el mercado abrirá en abril.\n\n"
            + "«Nadie pierde su puesto», sostuvo.");
        Assert.Equal("Andrés Robles", Assert.Single(quotations).Speaker);
    }

    [Fact]
    public void Second_of_two_joined_complements_is_no_subject()
    {
        // "de Pesca e Industria Naval": the run after the conjunction is the same preposition's object.
        var quotations = Quotations(Spanish + "La ministra de Pesca e Industria Naval, Rosa Villalba, habló el lunes de la plaza. "
            + "La titular de la cartera aseguró que acudirá a la apertura.\n\n«Abriremos en abril, sin falta», destacó.");
        Assert.Equal("Rosa Villalba", Assert.Single(quotations).Speaker);
    }

    [Fact]
    public void Document_of_a_person_speaks_for_them()
    {
        // "la resolución del juez X": the office's holder after a preposition is no subject, but a document's author is the
        // source, as a spokesperson's principal is.
        var quotations = Quotations(Spanish + "«Solicitud rechazada por falta de pruebas», indica la resolución del juez Damián Ortega.");
        Assert.Equal("Damián Ortega", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("«Abriremos en abril», puntualizó este martes en la plaza.")]
    [InlineData("«Abriremos en abril», ha añadido antes de marcharse.")]
    public void Spanish_verb_of_saying_before_a_word_of_time_carries_its_subject(string paragraph)
    {
        // No subject stands after "este martes", "antes de": the verb stands for the person named before.
        var quotations = Quotations(Spanish + "La concejala Rosa Villalba visitó el mercado con los vecinos.\n\n" + paragraph);
        Assert.Equal("Rosa Villalba", Assert.Single(quotations).Speaker);
    }
}
