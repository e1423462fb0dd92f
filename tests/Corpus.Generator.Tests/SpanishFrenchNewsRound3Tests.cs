using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The fourth round of Spanish and French habits from a sample of public news excerpts (issue 26; the sample is not
/// shipped), each seen in articles of several outlets. Every sentence and name here is our own.
/// </summary>
public sealed class SpanishFrenchNewsRound3Tests
{
    private static List<ParsedText.Quoted> Quotations(string text) => ParsedText.Quotations(text);

    [Theory]
    [InlineData("Gaston Ebongué : « Nous reviendrons plus forts »\n\n« Nous avons manqué de réalisme devant le but. Le prochain match sera différent et nous serons prêts. »\n", "Gaston Ebongué")]
    [InlineData("Marisol Quintero, vecina del barrio Las Flores: \"La plaza es de todos\"\n\n“Los vecinos tendremos la plaza antes del verano. Nadie nos la va a quitar ahora que la hemos limpiado.”\n", "Marisol Quintero")]
    public void Title_names_the_speaker_of_a_story_that_opens_on_speech(string article, string speaker)
    {
        // "X : « … »" as title and the story quoting with no verb of saying: the title's attribution is the speaker.
        Assert.Equal(speaker, Assert.Single(Quotations(article)).Speaker);
    }

    [Fact]
    public void Title_names_the_person_an_office_refers_to_when_the_body_names_no_one()
    {
        var quotations = Quotations("Hortense Mbida : « La saison sera longue »\n\n« Nous jouerons chaque match comme une finale » a expliqué la présidente du club devant la presse.\n");
        Assert.Equal("Hortense Mbida", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("Mort de Gaston Ebongué : « Nous ne savions rien »\n\n« Nous ne savions rien de ses dettes. »\n")]
    [InlineData("Marché de Lyon : « Les prix montent »\n\n« Les prix montent chaque semaine depuis janvier. »\n")]
    public void A_title_that_names_a_topic_names_no_speaker(string article)
    {
        Assert.Null(Assert.Single(Quotations(article)).Speaker);
    }

    [Theory]
    [InlineData("Noticia del club\n\n“Corrimos mucho y no alcanzó”, dijo el entrenador de Deportivo Sur, Ramiro Cáceres.\n\nEl técnico admitió que faltó puntería en el segundo tiempo. “Tuvimos ocasiones claras y no las metimos, eso duele”.\n", "Tuvimos", "Ramiro Cáceres")]
    [InlineData("Noticia de la ciudad\n\n“Las calles estarán limpias el lunes”, afirmó la alcaldesa Rosa Villalba.\n\nFinalmente, la alcaldesa de los vecinos pidió paciencia a los comerciantes. “Nadie perderá su puesto por las obras”.\n", "Nadie", "Rosa Villalba")]
    [InlineData("Nouvelles du marché\n\n« Le chantier avance », a déclaré la ministre Odile Marchal.\n\nL'ancienne ministre a rappelé que la halle serait « prête en avril ». « Les commerçants le savent depuis longtemps. »\n", "prête", "Odile Marchal")]
    public void Speech_after_a_sentence_whose_subject_is_an_office_is_its_holders(string article, string opening, string speaker)
    {
        // "El técnico admitió que … . «…»", "L'ancienne ministre a rappelé que … « … »": the office refers back to its holder.
        var quotation = Assert.Single(Quotations(article), q => q.Text.StartsWith(opening, System.StringComparison.Ordinal));
        Assert.Equal(speaker, quotation.Speaker);
    }
}
