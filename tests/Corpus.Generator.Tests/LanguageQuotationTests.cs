using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Quotations and speakers in German, Spanish and French news, on sentences of our own writing, one per convention
/// of issue 26 (marks, cues after the quotation, inversion, "according to" forms, names among capitalised nouns).
/// </summary>
public sealed class LanguageQuotationTests
{
    // Each article carries enough of its language for detection; the quotation is its last paragraph.
    private const string German = "Bericht aus der Stadt\n\nDer Stadtrat hat am Dienstag über die neue Brücke beraten, die nach den Reparaturen wieder geöffnet wird.\n\n";
    private const string Spanish = "Noticia de la ciudad\n\nEl ayuntamiento dijo el martes que el puente volverá a abrir cuando terminen las obras.\n\n";
    private const string French = "Nouvelles de la ville\n\nLe conseil municipal a indiqué mardi que le pont rouvrira après la fin des travaux.\n\n";

    private static List<ParsedText.Quoted> Quotations(string text, string? language = null) => ParsedText.Quotations(text, language);

    [Theory]
    [InlineData("„Wir bauen die Brücke bis zum Sommer fertig“, sagte Bürgermeisterin Anna Keller.", "Wir bauen die Brücke bis zum Sommer fertig")]
    [InlineData("»Wir bauen die Brücke bis zum Sommer fertig«, sagte Bürgermeisterin Anna Keller.", "Wir bauen die Brücke bis zum Sommer fertig")]
    [InlineData("«Wir bauen die Brücke bis zum Sommer fertig», sagte Bürgermeisterin Anna Keller.", "Wir bauen die Brücke bis zum Sommer fertig")]
    [InlineData("„Wir bauen die Brücke bis zum Sommer fertig”, sagte Bürgermeisterin Anna Keller.", "Wir bauen die Brücke bis zum Sommer fertig")]
    public void German_marks_pair_by_type(string paragraph, string quoted)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal(quoted, quotation.Text);
        Assert.Equal("Anna Keller", quotation.Speaker?.Split(' ').Length > 2 ? string.Join(" ", quotation.Speaker.Split(' ').TakeLast(2)) : quotation.Speaker);
    }

    [Fact]
    public void German_inner_marks_stay_inside()
    {
        var quotation = Assert.Single(Quotations(German + "„Das Wort ‚Sanierung‘ hört hier niemand mehr gern“, sagte Anna Keller."));
        Assert.Equal("Das Wort ‚Sanierung‘ hört hier niemand mehr gern", quotation.Text);
    }

    [Fact]
    public void German_closing_mark_before_a_word_still_closes()
    {
        // “ is the English opening mark: after „ it closes, whatever follows it.
        var quotations = Quotations(German + "„Wir sind zufrieden“ sagte Anna Keller, und „wir machen weiter“, fügte sie hinzu.");
        Assert.Equal(new[] { "Wir sind zufrieden", "wir machen weiter" }, quotations.Select(q => q.Text));
    }

    [Theory]
    [InlineData("„Die Arbeiten liegen gut im Zeitplan“, sagte Anna Keller.")]
    [InlineData("„Die Arbeiten liegen gut im Zeitplan“, so Anna Keller.")]
    [InlineData("Anna Keller sagte: „Die Arbeiten liegen gut im Zeitplan.“")]
    [InlineData("Laut Anna Keller „liegen die Arbeiten gut im Zeitplan“.")]
    [InlineData("„Die Arbeiten liegen gut im Zeitplan“, Anna Keller zufolge.")]
    [InlineData("„Die Arbeiten liegen gut im Zeitplan“, erklärte die Bürgermeisterin Anna Keller am Abend.")]
    public void German_cues_after_before_and_according_to(string paragraph)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_nouns_are_not_names()
    {
        // Every noun is capitalised: "Die Verwaltung" and "Der Bericht" are no speakers.
        var quotations = Quotations(German + "Der Bericht der Verwaltung nennt die Kosten „überschaubar“. „Wir halten den Zeitplan“, sagte die Verwaltung.");
        Assert.DoesNotContain(quotations, q => q.Speaker is "Der Bericht" or "Bericht" or "Die Verwaltung");
    }

    [Fact]
    public void German_surname_after_the_full_name_is_a_name()
    {
        var quotations = Quotations(German + "Die Bürgermeisterin Anna Keller besuchte die Baustelle.\n\n„Wir halten den Zeitplan“, sagte Keller.");
        Assert.EndsWith("Keller", Assert.Single(quotations).Speaker);
    }

    [Theory]
    [InlineData("„Wir halten den Zeitplan“, sagte Ursula von der Leyen.", "Leyen")]
    [InlineData("„Wir halten den Zeitplan“, sagte die Grünen-Politikerin Greta Holm.", "Greta Holm")]
    [InlineData("„Wir halten den Zeitplan“, sagte Verkehrsminister Jürgen Brandt.", "Jürgen Brandt")]
    public void German_particles_and_hyphenated_roles(string paragraph, string speakerEnd)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.EndsWith(speakerEnd, quotation.Speaker);
    }

    [Fact]
    public void German_titles_in_marks_are_not_speech()
    {
        var quotations = Quotations(German + "Die Zeitung „Neue Rundschau“ berichtete über den Plan.");
        Assert.Empty(quotations);
    }

    [Fact]
    public void German_reported_speech_without_marks_is_not_a_quotation()
    {
        var quotations = Quotations(German + "Die Bürgermeisterin sagte, die Arbeiten seien im Zeitplan und die Brücke werde im Sommer geöffnet.");
        Assert.Empty(quotations);
    }

    [Fact]
    public void German_subjunctive_marks_reported_words_as_speech()
    {
        // Konjunktiv I (seien, werde) reports what someone said: the marked words in it are hers, with no verb of saying.
        var quotations = Quotations(German + "Die Bürgermeisterin Anna Keller besuchte am Montag die Baustelle.\n\nDie Arbeiten seien „ganz im Zeitplan“, die Brücke werde im Sommer geöffnet.");
        Assert.Equal("ganz im Zeitplan", Assert.Single(quotations).Text);
    }

    [Fact]
    public void German_subjunctive_goes_on_reporting_the_speaker_before_it()
    {
        // The chain of reported speech: the subjunctive sentences after "Keller sagte" report her words.
        var quotations = Quotations(German + "Die Bürgermeisterin Anna Keller sagte am Montag, die Stadt baue weiter. Die Arbeiten seien „ganz im Zeitplan“. Auch habe sich die „neue Planung“ bewährt.");
        Assert.Equal(2, quotations.Count);
        Assert.All(quotations, q => Assert.EndsWith("Anna Keller", q.Speaker));
    }

    [Fact]
    public void German_so_is_an_according_to_form_only_in_its_place()
    {
        // "so manche" is no attribution: the term in marks stands in a sentence with no verb of saying.
        Assert.Empty(Quotations(German + "Für so manche „Sanierung“ der Stadt fehlt noch das Geld."));
        var quotation = Assert.Single(Quotations(German + "„Die Arbeiten liegen gut im Zeitplan“, so die Bürgermeisterin Anna Keller."));
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("In einem Interview mit dem Radio sagte die Bürgermeisterin Anna Keller: „Wir halten den Zeitplan.“")]
    [InlineData("Über Peter Braun sagte Anna Keller: „Wir halten den Zeitplan.“")]
    [InlineData("Bei einem Besuch auf der Baustelle erklärte die Bürgermeisterin Anna Keller: „Wir halten den Zeitplan.“")]
    [InlineData("Anna Keller (SPD) kritisierte den Plan: „Wir halten den Zeitplan.“")]
    [InlineData("Beim Sender Radio Ostwind sagte Stadträtin Anna Keller: „Wir halten den Zeitplan.“")] // the preposition opening the sentence
    [InlineData("Gegenüber Radio Ostwind erklärte Anna Keller: „Wir halten den Zeitplan.“")]
    public void German_nouns_after_prepositions_or_in_brackets_are_no_subject(string paragraph)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_inverted_subject_after_its_article_and_adjectives()
    {
        var quotation = Assert.Single(Quotations(German + "„Die Arbeiten liegen gut im Zeitplan“, sagte die erfahrene Bauleiterin Mira Dornbusch."));
        Assert.EndsWith("Mira Dornbusch", quotation.Speaker);
    }

    [Fact]
    public void German_role_alone_is_no_name()
    {
        var quotation = Assert.Single(Quotations(German + "„Die Arbeiten liegen gut im Zeitplan“, sagte der Sprecher."));
        Assert.NotEqual("Sprecher", quotation.Speaker);
    }

    [Theory]
    [InlineData("Das berichtete die Nachrichtenagentur „Nordkurier“ am Abend, wie die Bürgermeisterin sagte.")]
    [InlineData("Die Bürgermeisterin sagte im Fachmagazin „Brückenbau heute“, der Plan gelte.")]
    [InlineData("Laut „Stadtanzeiger“ sagte die Bürgermeisterin, der Plan gelte.")]
    [InlineData("Die Bürgermeisterin sagte gegenüber dem „Stadtanzeiger“, der Plan gelte.")]
    [InlineData("Der Film trägt den Titel „Eine Brücke für die ganze Stadt“, sagte die Bürgermeisterin.")]
    public void German_media_and_titles_named_outright_are_not_speech(string paragraph)
    {
        Assert.Empty(Quotations(German + paragraph));
    }

    [Theory]
    [InlineData("Die Bürgermeisterin sagte, die Gärtnerei pflanze die Apfelsorte „Rubinette“ am Ufer.")]
    [InlineData("Die Bürgermeisterin erklärte, die Stadt kaufe Busse der Baureihe „Citaro“.")]
    [InlineData("Die Bürgermeisterin sagte, die Fähre „Elbstern 2“ fahre weiter.")]
    [InlineData("Die Bürgermeisterin sagte, die sogenannte „Brückenmaut“ komme nicht.")]
    [InlineData("Die Bürgermeisterin sagte, die so genannten „Pendlerbusse“ führen weiter.")]
    public void German_name_after_its_noun_or_so_called_is_not_speech(string paragraph)
    {
        Assert.Empty(Quotations(German + paragraph));
    }

    [Theory]
    [InlineData("Die Bürgermeisterin nannte den Zeitplan „sehr vernünftig“.", "sehr vernünftig")]
    [InlineData("Die Bürgermeisterin nannte den Zeitplan einen „Erfolg für alle“.", "Erfolg für alle")]
    [InlineData("Anna Keller sagte mit den Worten „Wir halten den Zeitplan“ zu, die Brücke zu öffnen.", "Wir halten den Zeitplan")]
    public void German_judgement_after_a_noun_is_still_speech(string paragraph, string quoted)
    {
        // The name-after-its-noun rule reads capitalised words straight after a noun: a judgement after an article or an
        // adjective, or words after a noun of saying, stay someone's words.
        Assert.Equal(quoted, Assert.Single(Quotations(German + paragraph)).Text);
    }

    [Theory]
    [InlineData("Brenninkmeyer gab dazu am Montag bekannt: „Wir halten den Zeitplan.“", "Brenninkmeyer")]
    [InlineData("Bürgermeisterin Anna Keller war in Bremen.\n\n„Wir halten den Zeitplan“, strich Brenninkmeyer in Bremen heraus.", "Brenninkmeyer")]
    [InlineData("Brenninkmeyer rief vor den Anwohnern aus: „Wir halten den Zeitplan!“", "Brenninkmeyer")]
    [InlineData("Der Bauleiter gab das Geld aus. „Wir halten den Zeitplan“, sagte Anna Keller.", "Anna Keller")]
    public void German_separable_verb_counts_with_its_particle_closing_the_clause(string paragraph, string speaker)
    {
        // "gab … aus" (spent) is no verb of saying: only the particles of the listed verbs make one.
        Assert.Equal(speaker, Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("Den Anwohnern sicherte Brenninkmeyer am Montag zu, dass sie „bald wieder über die Brücke gehen“ könnten.", "Brenninkmeyer")]
    [InlineData("Den Anwohnern versprach Brenninkmeyer am Montag, dass sie „bald wieder über die Brücke gehen“ könnten.", "Brenninkmeyer")]
    [InlineData("Dem Bauleiter Peter Brandt zufolge „hält die Stadt den Zeitplan“.", "Peter Brandt")]
    [InlineData("Die Zeitung zitierte den Bauleiter Peter Brandt mit den Worten: „Wir halten den Zeitplan.“", "Peter Brandt")]
    public void German_noun_after_an_oblique_article_is_no_subject_unless_its_form_names_it(string paragraph, string speakerEnd)
    {
        Assert.EndsWith(speakerEnd, Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("Ole Brenninkmeyer, der Bauleiter Bremens, der seit Jahren auch den Verband führt, sagte: „Wir halten den Zeitplan.“", "Ole Brenninkmeyer")]
    [InlineData("Ole Brenninkmeyer, der Bauleiter Bremens, sagte: „Wir halten den Zeitplan.“", "Ole Brenninkmeyer")]
    [InlineData("Der Bauleiter Ole Brenninkmeyer, der seit Jahren auch den Verband führt, sagte: „Wir halten den Zeitplan.“", "Bauleiter Ole Brenninkmeyer")]
    public void German_apposition_with_its_article_describes_the_name_before_it(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Fact]
    public void German_inverted_subject_is_not_read_across_a_comma()
    {
        // The noun after the comma opens the reported clause: it is what is said, not who says it.
        var quotation = Assert.Single(Quotations(German + "Von den Anwohnern wurde die Sorge geäußert, Hamburg plane längst „eine zweite Brücke“."));
        Assert.NotEqual("Hamburg", quotation.Speaker);
    }

    [Theory]
    [InlineData("„Die Brücke ist sicher“, schrieb die Kessler Institution.", "Kessler Institution")]
    [InlineData("„Die Brücke ist sicher“, schrieb die Nordbadische Zeitung.", "Nordbadische Zeitung")]
    public void German_organisation_noun_ends_a_name_after_a_word_that_is_no_noun(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("Der Kassierer habe jedem 200 Schweizer Franken gegeben, „damit alle still sind“.", "Schweizer Franken")]
    [InlineData("Brenninkmeyer hatte besonders die Rolle der Parteivorsitzenden betont: „Wir halten den Zeitplan.“", "Parteivorsitzenden")]
    [InlineData("Brenninkmeyer zollt dem Plan keinen Respekt: „Wir halten den Zeitplan nicht.“", "Respekt")]
    public void German_unit_after_a_number_an_attribute_of_the_object_or_an_object_is_no_speaker(string paragraph, string notSpeaker)
    {
        Assert.NotEqual(notSpeaker, Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("In seiner ersten Rede erklärte Brenninkmeyer, den Bau beschleunigen zu wollen. Er wolle „die Brücke im Sommer öffnen“.", "Brenninkmeyer")]
    [InlineData("Der Plan sei, so die Architektin Mara Holm in einem Gutachten, zu teuer. Deshalb müsse „die Stadt neu planen“.", "Mara Holm")]
    public void German_reported_speech_goes_on_from_an_inverted_subject_or_an_according_to_form(string paragraph, string speakerEnd)
    {
        Assert.EndsWith(speakerEnd, Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Fact]
    public void German_one_of_the_holders_of_a_role_in_apposition_is_evidence_of_a_name()
    {
        var quotation = Assert.Single(Quotations(German + "Lutz Pfister, einer der Ratsmitglieder aus dem Norden, die gegen den Bau stimmten, verurteilte den Plan. „Wir halten den Zeitplan nicht.“"));
        Assert.Equal("Lutz Pfister", quotation.Speaker);
    }

    [Theory]
    [InlineData("Bauleiter Peter Brandt war da.\n\nLaut dem Bericht soll Brenninkmeyer zu Brandt gesagt haben: „Wir halten den Zeitplan.“")]
    [InlineData("Bauleiter Peter Brandt war da.\n\nBrenninkmeyer, der Leiter des Bauamts sagte über Brandt: „Wir halten den Zeitplan.“")]
    public void German_name_after_zu_or_after_a_verbs_preposition_is_no_speaker(string paragraph)
    {
        // "zu" after a surname with no given name before it is a preposition; "über" after the cue opens its object.
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.False(quotation.Speaker?.EndsWith("Brandt") ?? false, quotation.Speaker);
    }

    [Theory]
    [InlineData("Wie die „Stadtpost“-Zeitung berichtete, sagte die Bürgermeisterin, der Plan gelte.", null)]
    [InlineData("„Wir halten den Zeitplan“, zitiert die „Stadtpost“ die Bürgermeisterin.", "Wir halten den Zeitplan")]
    public void German_marked_name_standing_as_a_noun_is_not_speech(string paragraph, string? quoted)
    {
        // Joined to a noun by a hyphen, or the subject right after a cue and its article: a medium's name, no one's words.
        var found = Quotations(German + paragraph);
        Assert.Equal(quoted is null ? System.Array.Empty<string>() : new[] { quoted }, found.Select(q => q.Text).ToArray());
    }

    [Theory]
    [InlineData("«Terminaremos las obras en verano», dijo la alcaldesa Ana Castillo.")]
    [InlineData("«Terminaremos las obras en verano», afirmó Ana Castillo.")]
    [InlineData("Ana Castillo aseguró: «Terminaremos las obras en verano».")]
    [InlineData("Según Ana Castillo, «terminaremos las obras en verano».")]
    public void Spanish_angle_marks_and_cues(string paragraph)
    {
        var quotation = Assert.Single(Quotations(Spanish + paragraph));
        Assert.Contains("erminaremos las obras en verano", quotation.Text);
        Assert.EndsWith("Ana Castillo", quotation.Speaker);
    }

    [Fact]
    public void Spanish_dialogue_dash_with_a_lower_case_cue()
    {
        var quotations = Quotations(Spanish + "Ana Castillo visitó las obras el lunes.\n\n—Terminaremos en verano —dijo Ana Castillo—. Después abriremos el puente.");
        Assert.Equal(new[] { "Terminaremos en verano", "Después abriremos el puente." }, quotations.Select(q => q.Text));
        Assert.EndsWith("Ana Castillo", quotations[0].Speaker);
    }

    [Fact]
    public void Spanish_dash_inside_a_sentence_is_no_dialogue()
    {
        Assert.Empty(Quotations(Spanish + "El puente —cerrado desde marzo— volverá a abrir en verano."));
    }

    [Fact]
    public void German_colon_attribution()
    {
        var quotation = Assert.Single(Quotations(German + "Die Bürgermeisterin Anna Keller besuchte die Baustelle.\n\nKeller: „Wir halten den Zeitplan.“"));
        Assert.EndsWith("Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("« Nous terminerons les travaux cet été », a déclaré la maire Claire Dubois.")]
    [InlineData("« Nous terminerons les travaux cet été », a affirmé Claire Dubois.")]
    [InlineData("Selon Claire Dubois, « nous terminerons les travaux cet été ».")]
    [InlineData("D'après Claire Dubois, « nous terminerons les travaux cet été ».")]
    public void French_angle_marks_with_no_break_spaces_and_cues(string paragraph)
    {
        var quotation = Assert.Single(Quotations(French + paragraph.Replace("« ", "«\u00A0").Replace(" »", "\u202F»")));
        Assert.Contains("ous terminerons les travaux cet été", quotation.Text);
        Assert.DoesNotContain('\u00A0', quotation.Text);
        Assert.EndsWith("Claire Dubois", quotation.Speaker);
    }

    [Fact]
    public void French_inverted_incise_is_a_cue()
    {
        var quotation = Assert.Single(Quotations(French + "Claire Dubois était sur place. « Nous terminerons les travaux cet été », estime-t-elle."));
        Assert.Equal("Nous terminerons les travaux cet été", quotation.Text);
    }

    [Theory]
    [InlineData("«El puente es seguro», dijo la alcaldesa Ana Castillo.")]
    [InlineData("“El puente es seguro”, afirmó Ana Castillo.")]
    [InlineData("\"El puente es seguro\", aseguró Ana Castillo.")]
    [InlineData("«El puente es seguro», señaló Ana Castillo ante los vecinos.")]
    [InlineData("Ana Castillo explicó: «El puente es seguro».")]
    [InlineData("«El puente es seguro», advirtió la alcaldesa Ana Castillo.")]
    [InlineData("A juicio de Ana Castillo, «el puente es seguro».")]
    public void Spanish_marks_and_cues_name_the_speaker(string paragraph)
    {
        var quotation = Assert.Single(Quotations(Spanish + paragraph));
        Assert.Equal("l puente es seguro", quotation.Text.Substring(1));
        Assert.EndsWith("Ana Castillo", quotation.Speaker);
    }

    [Fact]
    public void Spanish_dialogue_incise_names_its_subject()
    {
        var quotations = Quotations(Spanish + "—Terminaremos en verano —dijo la ministra Ana Pérez—. Después abriremos el puente.");
        Assert.Equal(new[] { "Terminaremos en verano", "Después abriremos el puente." }, quotations.Select(q => q.Text));
        Assert.All(quotations, q => Assert.Equal("Ana Pérez", q.Speaker));
    }

    [Theory]
    [InlineData("—Terminaremos en verano —explicó—. Después abriremos el puente.")]
    [InlineData("—Terminaremos en verano —dijo ella—. Después abriremos el puente.")]
    [InlineData("«Terminaremos en verano», afirmó. «Después abriremos el puente».")]
    public void Spanish_incise_without_a_name_carries_the_person_named_before(string paragraph)
    {
        // Spanish drops the subject pronoun: "explicó" alone, like "ella", refers back to the minister.
        var quotations = Quotations(Spanish + "La ministra Ana Pérez visitó las obras el lunes con los técnicos.\n\n" + paragraph);
        Assert.Equal(new[] { "Terminaremos en verano", "Después abriremos el puente" }, quotations.Select(q => q.Text.TrimEnd('.')));
        Assert.All(quotations, q => Assert.Equal("Ana Pérez", q.Speaker));
    }

    [Fact]
    public void Spanish_name_particles_stay_in_the_name()
    {
        var quotation = Assert.Single(Quotations(Spanish + "«El puente es seguro», afirmó el ingeniero jefe, Luis de la Fuente."));
        Assert.Equal("El puente es seguro", quotation.Text);
        Assert.Equal("Luis de la Fuente", quotation.Speaker);
    }

    [Theory]
    [InlineData("« Le pont est sûr », a déclaré la maire Claire Dubois.")]
    [InlineData("« Le pont est sûr », a affirmé Claire Dubois.")]
    [InlineData("« Le pont est sûr », a indiqué Claire Dubois à la presse.")]
    [InlineData("Claire Dubois a souligné : « Le pont est sûr. »")]
    [InlineData("« Le pont est sûr », estime Claire Dubois.")]
    [InlineData("Selon la maire Claire Dubois, « le pont est sûr ».")]
    [InlineData("D’après Claire Dubois, « le pont est sûr ».")]
    public void French_marks_with_no_break_spaces_and_cues_name_the_speaker(string paragraph)
    {
        var quotation = Assert.Single(Quotations(French + paragraph.Replace("« ", "«\u202F").Replace(" »", "\u00A0»")));
        Assert.Equal("e pont est sûr", quotation.Text.TrimEnd('.').Substring(1));
        Assert.EndsWith("Claire Dubois", quotation.Speaker);
    }

    [Theory]
    [InlineData("« Le pont est sûr », a-t-il déclaré.", "Jean Dupont")]
    [InlineData("« Le pont est sûr », estime-t-elle.", "Claire Dubois")]
    [InlineData("« Le pont est sûr », a-t-elle ajouté.", "Claire Dubois")]
    [InlineData("« Le pont est sûr », dit-il.", "Jean Dupont")]
    public void French_inverted_incise_pronoun_resolves_by_gender(string paragraph, string speaker)
    {
        var quotation = Assert.Single(Quotations(French + "Le ministre Jean Dupont et la maire Claire Dubois ont visité le chantier lundi.\n\n" + paragraph));
        Assert.Equal("Le pont est sûr", quotation.Text);
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Theory]
    [InlineData("« Le pont est sûr », a déclaré le ministre des Transports, Jean Dupont.", "Jean Dupont")]
    [InlineData("« Le pont est sûr », explique la porte-parole de la mairie, Claire Dubois.", "Claire Dubois")]
    [InlineData("« Le pont est sûr », a souligné Jean de La Fontaine.", "Jean de La Fontaine")]
    [InlineData("« Le pont est sûr », a indiqué Marie-Claire Dubois-Martin.", "Marie-Claire Dubois-Martin")]
    public void French_roles_in_apposition_particles_and_hyphens(string paragraph, string speaker)
    {
        var quotation = Assert.Single(Quotations(French + paragraph));
        Assert.Equal("Le pont est sûr", quotation.Text);
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Theory]
    [InlineData("„Wir halten den Zeitplan“, sagte sie.", "Anna Keller")]
    [InlineData("„Wir halten den Zeitplan“, sagte er.", "Peter Braun")]
    [InlineData("Sie sagte: „Wir halten den Zeitplan.“", "Anna Keller")]
    [InlineData("Er erklärte: „Wir halten den Zeitplan.“", "Peter Braun")]
    public void German_pronoun_resolves_to_the_last_named_person_of_its_gender(string paragraph, string speaker)
    {
        var quotation = Assert.Single(Quotations(German + "Der Minister Peter Braun und die Bürgermeisterin Anna Keller besuchten am Montag die Baustelle.\n\n" + paragraph));
        Assert.Equal("Wir halten den Zeitplan", quotation.Text.TrimEnd('.'));
        Assert.EndsWith(speaker, quotation.Speaker);
    }

    [Fact]
    public void German_role_gives_the_gender_a_pronoun_needs()
    {
        // No given name says who "sie" is; the role does (Bürgermeisterin, Minister).
        var quotation = Assert.Single(Quotations(German + "Minister Braun und Bürgermeisterin Keller besuchten am Montag die Baustelle.\n\n„Wir halten den Zeitplan“, sagte sie."));
        Assert.EndsWith("Keller", quotation.Speaker);
    }

    [Fact]
    public void German_pronoun_of_reported_speech_is_no_speaker()
    {
        // "Sie wisse" reports on her; the one who said it is the subject of "hatte … gesagt", the participle last.
        var quotation = Assert.Single(Quotations(German + "Der Leiter des Bauamts, Peter Braun, hat die Pläne geprüft.\n\nSie wisse, dass der Plan „nicht ohne Fehler“ sei, hatte Anna Keller damals gesagt."));
        Assert.Equal("nicht ohne Fehler", quotation.Text);
        Assert.Equal("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_so_inside_a_sentence_that_opens_with_a_pronoun()
    {
        var quotation = Assert.Single(Quotations(German + "Der Leiter des Bauamts, Peter Braun, hat die Pläne geprüft. Die Bürgermeisterin Anna Keller war dabei.\n\nSie solle, so Keller, „nur für leichte Fahrzeuge“ geöffnet werden."));
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("„Wir halten den Zeitplan“, sagte der Sprecher des Verbands, Jan Berg.", "Jan Berg")]
    [InlineData("„Wir halten den Zeitplan“, sagte Keller zu Braun.", "Keller")]
    public void German_apposition_and_preposition_after_the_inverted_subject(string paragraph, string speaker)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal("Wir halten den Zeitplan", quotation.Text);
        Assert.EndsWith(speaker, quotation.Speaker);
    }

    [Theory]
    [InlineData("Ein Radiosender zitierte Anna Keller mit den Worten: „Wir halten den Zeitplan.“")]
    [InlineData("Die Zeitung zitiert die Bürgermeisterin Anna Keller mit den Worten „Wir halten den Zeitplan“.")]
    [InlineData("Anna Keller wird mit den Worten zitiert: „Wir halten den Zeitplan.“")]
    public void German_zitieren_names_the_one_cited(string paragraph)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal("Wir halten den Zeitplan", quotation.Text.TrimEnd('.'));
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("„Wir halten den Zeitplan“, urteilte die Bürgermeisterin Anna Keller.")]
    [InlineData("Die Bürgermeisterin Anna Keller strich heraus: „Wir halten den Zeitplan.“")]
    [InlineData("Anna Keller hob hervor: „Wir halten den Zeitplan.“")]
    [InlineData("Bei einem Besuch der Baustelle sagte Anna Keller, man werde „den Zeitplan halten“.")]
    public void German_more_verbs_of_saying_and_no_subject_in_a_genitive_attribute(string paragraph)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_genitive_of_a_noun_of_saying_is_the_source()
    {
        var quotation = Assert.Single(Quotations(German + "Nach Ansicht der Bürgermeisterin Anna Keller werde die Brücke „rechtzeitig fertig“."));
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_full_stop_without_its_space_ends_the_sentence()
    {
        var quotation = Assert.Single(Quotations(German + "Die Bürgermeisterin Anna Keller war da. „Wir halten den Zeitplan“, sagte Keller.Gleichzeitig kündigte sie weitere Arbeiten an."));
        Assert.Equal("Wir halten den Zeitplan", quotation.Text);
        Assert.EndsWith("Keller", quotation.Speaker);
        Assert.DoesNotContain(".", quotation.Speaker);
    }

    [Theory]
    [InlineData("So sagte Aarno Rehn, EU-Kommissar: „Wir halten den Zeitplan.“", "Aarno Rehn")]
    [InlineData("Lutz Pfister, Präsident des Verbands (DBV) nannte den Plan „sehr respektabel“.", "Lutz Pfister")]
    [InlineData("Lutz Pfister, der Bauleiter der Stadt, sagte: „Wir halten den Zeitplan.“", "Lutz Pfister")]
    [InlineData("In einem Interview sagte Lutz Pfister, Gründer der Bürgerinitiative: „Wir halten den Zeitplan.“", "Lutz Pfister")]
    public void German_role_in_apposition_is_evidence_of_a_name(string paragraph, string speaker)
    {
        // Neither given name is a common German one: the role after the comma says these are people.
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Theory]
    [InlineData("Anna Keller sagte, für die „Anwohner“ ändere sich wenig.")]
    [InlineData("Anna Keller sagte, der Plan sei im „Tagesblatt“ erschienen.")]
    [InlineData("Anna Keller sagte, eine neue „Verkehrsführung“ werde geprüft.")]
    public void German_marked_noun_heading_the_writers_phrase_is_no_quotation(string paragraph)
    {
        // One marked noun after its article or adjective is the writer's term or a name, whatever the sentence's cue.
        Assert.Empty(Quotations(German + paragraph));
    }

    [Theory]
    [InlineData("Anna Keller nannte den Plan einen „Irrweg“.")]
    [InlineData("Anna Keller bezeichnete den Plan am Montag als einen „Irrweg“.")]
    public void German_marked_noun_a_verb_of_labelling_frames_is_a_quotation(string paragraph)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal("Irrweg", quotation.Text);
        Assert.Equal("Anna Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("Zum Abschluss sangen alle „We are the champions“, sagte Anna Keller.")]
    [InlineData("Anna Keller sagte, danach folge „une fête pour tous“.")]
    [InlineData("Anna Keller sagte, die Arbeiten am „Lumo3“ würden im Mai abgeschlossen.")]
    [InlineData("Anna Keller sagte, alle Pläne stünden auf „stadt-beispiel.de“ bereit.")]
    public void German_marked_phrase_in_another_language_or_written_as_a_name_is_no_quotation(string paragraph)
    {
        Assert.Empty(Quotations(German + paragraph));
    }

    [Fact]
    public void German_long_quotation_in_another_language_is_still_a_quotation()
    {
        var quotation = Assert.Single(Quotations(German + "„We will finish the bridge this summer and open it to traffic in the autumn“, sagte die Ingenieurin Jane Smith."));
        Assert.EndsWith("Jane Smith", quotation.Speaker);
    }

    [Theory]
    [InlineData("Wie die „Rheinpost“ berichtete, beginnen die Arbeiten im Mai.")]
    [InlineData("„Rheinblick Aktuell“ berichtet, die Arbeiten begännen im Mai.")]
    public void German_marked_words_straight_before_their_cue_are_its_subject(string paragraph)
    {
        Assert.Empty(Quotations(German + paragraph));
    }

    [Theory]
    [InlineData("Anna Keller sagte, die Gruppe, die sich selbst „Freunde der alten Brücke am Rhein und ihrer Geschichte“ nennt, habe geklagt.")]
    [InlineData("Anna Keller sagte, der Verein nenne sich „die Freunde der Brücke“.")]
    [InlineData("Anna Keller sagte, der Name laute „die neue Mitte am Fluss“.")]
    public void German_name_its_bearer_gives_itself_or_a_stated_name_is_no_quotation(string paragraph)
    {
        Assert.Empty(Quotations(German + paragraph));
    }

    [Theory]
    [InlineData("Anna Keller sagte, die Aktion „Ponts ouverts“ („offene Brücken“) beginne im Mai.")]
    [InlineData("Anna Keller sagte, im Mai beginne „Open Bridges“ (deutsch „offene Brücken“).")]
    public void German_term_glossed_in_brackets_and_its_gloss_are_no_quotations(string paragraph)
    {
        Assert.Empty(Quotations(German + paragraph));
    }

    [Fact]
    public void German_so_before_an_inverted_cue_after_the_marks()
    {
        // "„…“, so urteilte X" is the "so X" form with its verb: the subject after the verb speaks.
        var quotation = Assert.Single(Quotations(German + "Die Bürgermeisterin Anna Keller eröffnete die Brücke.\n\nEin „großer Erfolg“, so urteilte Keller selbst über den Tag."));
        Assert.Equal("großer Erfolg", quotation.Text);
        Assert.EndsWith("Keller", quotation.Speaker);
    }

    [Fact]
    public void German_noun_cut_short_before_its_conjunction_stays_in_the_objects_genitive()
    {
        var quotation = Assert.Single(Quotations(German + "Die Bürgermeisterin Anna Keller war dabei.\n\nKeller hatte besonders die Rolle der Landes- und Bundesvorsitzenden betont: „Die Entscheidungen fallen in der Partei.“"));
        Assert.EndsWith("Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("„Die Brücke ist sicher“, führte Lutz Pfister aus.")]
    [InlineData("„Die Brücke ist sicher“, bemerkte Lutz Pfister.")]
    [InlineData("„Die Brücke ist sicher“, beteuerte Lutz Pfister.")]
    [InlineData("„Die Brücke ist sicher“, wiederholte Lutz Pfister.")]
    public void German_more_verbs_of_saying(string paragraph)
    {
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.EndsWith("Lutz Pfister", quotation.Speaker);
    }

    [Theory]
    [InlineData("Anna Keller sagte, gebaut würden die Modelle „Aster“ und „Birke“.", "Birke")]
    [InlineData("Anna Keller spielte in „Nacht über Berlin“ oder „Wer lacht zuletzt“ mit, sagte der Sprecher.", "Wer lacht zuletzt")]
    public void German_marked_words_joined_to_a_marked_name_are_a_name(string paragraph, string second)
    {
        Assert.DoesNotContain(Quotations(German + paragraph), q => q.Text == second);
    }

    [Fact]
    public void German_verb_of_judging_gives_the_words_of_its_subject()
    {
        // "hält … für": no verb of saying, but the marked word is the view of the one who holds it.
        var quotation = Assert.Single(Quotations(German + "Anna Keller hält den neuen Plan für „verfehlt“."));
        Assert.Equal("verfehlt", quotation.Text);
        Assert.Equal("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_subject_after_a_long_quotation_stands_next_to_its_closing_mark()
    {
        // The name only the inverted cue gives stands right after the closing mark, however long the quotation.
        var quotation = Assert.Single(Quotations(German + "Der Bauleiter Jan Berger erklärte die Arbeiten für beendet. „Wir haben zwei Jahre gebaut, viele Nächte durchgearbeitet und am Ende jede Frist gehalten, obwohl kaum jemand daran glaubte“, schrieb die Kessler Stiftung."));
        Assert.Equal("Kessler Stiftung", quotation.Speaker);
    }

    [Fact]
    public void German_marked_words_before_a_colon_name_no_one()
    {
        var quotation = Quotations(German + "Die Stadtverwaltung rechtfertigte den Bau in einer Mitteilung als „reine Vorsorge“: „Die Brücke muss im Sommer stehen.“").Last();
        Assert.Equal("Die Brücke muss im Sommer stehen.", quotation.Text);
        Assert.Null(quotation.Speaker);
    }

    [Theory]
    [InlineData("Olav Tindemann, der frühere Stellvertreter von Jan Berger sagte am Montag: „Die Brücke kommt zu spät.“")]
    [InlineData("Olav Tindemann, die rechte Hand des Bürgermeisters Jan Berger sagte: „Die Brücke kommt zu spät.“")]
    public void German_apposition_without_its_closing_comma_describes_the_name_before_it(string paragraph)
    {
        // The writer left out the comma that closes the apposition: the name inside it is no subject.
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal("Olav Tindemann", quotation.Speaker);
    }

    [Fact]
    public void German_sentence_pointing_back_at_the_quotation_names_its_speaker()
    {
        // "Das" points back at the words just quoted; the verb of saying closes the clause after the modal.
        var quotation = Assert.Single(Quotations(German + "„Ja, die Brücke kostet mehr als geplant.“ Das musste Bürgermeisterin Anna Keller nach der Sitzung des Stadtrats einräumen."));
        Assert.Equal("Ja, die Brücke kostet mehr als geplant.", quotation.Text);
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("Bürgermeisterin Anna Keller wies den Vorwurf der Opposition am Dienstag als „haltlos“ zurück.", "haltlos")]
    [InlineData("Den geplanten Neubau am Hafen bezeichnete Bürgermeisterin Anna Keller als „Meilenstein der Stadtgeschichte“.", "Meilenstein der Stadtgeschichte")]
    public void German_label_a_verb_of_judging_gives_through_als_is_speech(string paragraph, string words)
    {
        // "als" and a verb of judging: the label is her word, a single word or a run of capitalised nouns alike.
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal(words, quotation.Text);
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_slogans_after_their_noun_are_speech()
    {
        // "Parolen wie" before the marks, and the second slogan joined to the first by "und".
        var quotations = Quotations(German + "Vor dem Rathaus riefen die Aktivistin Anna Keller und ihre Nachbarn Parolen wie „Baut die Brücke jetzt“ und „Keine Ausreden mehr“.");
        Assert.Equal(new[] { "Baut die Brücke jetzt", "Keine Ausreden mehr" }, quotations.Select(q => q.Text).ToArray());
        Assert.All(quotations, q => Assert.EndsWith("Anna Keller", q.Speaker));
    }

    [Fact]
    public void German_participle_of_sprechen_is_a_cue()
    {
        var quotation = Assert.Single(Quotations(German + "Bürgermeisterin Anna Keller hatte nach der Sitzung im Rathaus von einem „großen Schritt nach vorn“ gesprochen."));
        Assert.Equal("großen Schritt nach vorn", quotation.Text);
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_separable_verb_written_joined_is_a_cue()
    {
        // "mitteilten": "teilten … mit" as a subordinate clause writes it, its subject and "am Montag" before it.
        var quotation = Assert.Single(Quotations(German + "„Die Brücke ist sicher“, wie die Stadtwerke Lindau am Montag mitteilten."));
        Assert.Equal("Die Brücke ist sicher", quotation.Text);
        Assert.Equal("Stadtwerke Lindau", quotation.Speaker);
    }

    [Fact]
    public void German_verb_last_in_a_dass_clause_has_the_subject_after_the_conjunction()
    {
        var quotation = Assert.Single(Quotations(German + "Das Stadtblatt will erfahren haben, dass Anna Keller den Bauleiter am Telefon gefragt habe, ob die Brücke „wirklich sicher“ sei."));
        Assert.Equal("wirklich sicher", quotation.Text);
        Assert.Equal("Anna Keller", quotation.Speaker);
    }

    [Theory]
    [InlineData("Bürgermeisterin Anna Keller äußerte sich am Montag zum Bau. Ohne die Brücke würden viele Läden im Ort schließen. Die Brücke sei „ein Gewinn für alle“.")]
    [InlineData("„Wir bauen weiter“, äußerte sich Bürgermeisterin Anna Keller am Montag. Die Brücke sei „ein Gewinn für alle“.")]
    public void German_reported_speech_goes_on_through_the_past_subjunctive_and_a_reflexive_cue(string paragraph)
    {
        // "würden" carries the chain on between the attribution and the present subjunctive; "äußerte sich X" names X.
        var quotation = Quotations(German + paragraph).Last();
        Assert.Equal("ein Gewinn für alle", quotation.Text);
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_name_after_a_preposition_and_its_capitalised_adjective_is_no_subject()
    {
        // "vor dem Städtischen Bauamt": the adjective of the name stands between the article and the mention.
        var quotation = Assert.Single(Quotations(German + "Das Städtische Bauamt prüft die Pläne für die Brücke.\n\nIm Streit vor dem Städtischen Bauamt sieht Bürgermeisterin Anna Keller einen „schweren Schlag gegen die Händler“, der Plan schade dem Ort."));
        Assert.Equal("schweren Schlag gegen die Händler", quotation.Text);
        Assert.Equal("Bürgermeisterin Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_an_is_a_preposition_not_an_article_opening_a_description()
    {
        // "an die Mitarbeiter": the English article "an" opens descriptions; the German word is a preposition.
        var quotation = Assert.Single(Quotations(German + "Eine Sprecherin erklärte: „Die Löhne steigen im Herbst“, dazu gehe ein Brief an die Mitarbeiter."));
        Assert.Equal("Die Löhne steigen im Herbst", quotation.Text);
        Assert.Null(quotation.Speaker);
    }

    [Fact]
    public void German_short_quotation_pointed_back_at_takes_the_speaker_named_after_it()
    {
        // The sentence that opens with "Das" is the quotation's attribution clause, however short the quotation.
        var quotation = Assert.Single(Quotations(German + "„Ja, es wird teurer“. Das musste Kämmerin Greta Holm am Montag vor dem Ausschuss einräumen."));
        Assert.Equal("Ja, es wird teurer", quotation.Text);
        Assert.EndsWith("Greta Holm", quotation.Speaker);
    }

    [Theory]
    [InlineData("Als „glücklichen Zufall“ bezeichnet die Geologin Marta Lindqvist den Fund am Ufer.", "glücklichen Zufall", "Marta Lindqvist")]
    [InlineData("Die Gefahr für die Deiche wird vom Bayerischen Hochwasserdienst als „sehr ernst“ eingestuft.", "sehr ernst", "Hochwasserdienst")]
    public void German_judge_of_a_label_after_its_marks_is_its_speaker(string paragraph, string words, string speaker)
    {
        // The verb of judging follows the label: its inverted subject, or the passive's agent after "von", judged.
        var quotation = Assert.Single(Quotations(German + paragraph));
        Assert.Equal(words, quotation.Text);
        Assert.EndsWith(speaker, quotation.Speaker);
    }

    [Fact]
    public void German_particle_of_a_name_before_a_label_opens_no_agent()
    {
        // "von" after a given name is the particle of the name judged, not the preposition of a passive's agent.
        var quotation = Assert.Single(Quotations(German + "Bürgermeister Jan Ohm hat am Montag Greta von Beeren als „mutig“ bezeichnet."));
        Assert.Equal("mutig", quotation.Text);
        Assert.EndsWith("Jan Ohm", quotation.Speaker);
    }

    [Fact]
    public void German_name_inside_a_long_object_before_the_verb_is_no_subject()
    {
        // "Den … Fischern" is the whole phrase before the verb: the subject is the name after it.
        var quotation = Assert.Single(Quotations(German + "Den seit dem Frühjahr im Hafen von Lindau wartenden Fischern sicherte Bürgermeisterin Anna Keller zu, dass „niemand vergessen wird“."));
        Assert.Equal("niemand vergessen wird", quotation.Text);
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_reported_speech_goes_on_from_a_subject_inverted_after_its_auxiliary()
    {
        // "hatte X … zu verkünden": the verb of saying closes the clause; the next sentence reports her words. The
        // surname before "zu Beginn" is Wolff (no given name before the particle), and the noun object after it is no name.
        var quotations = Quotations(German + "Den Haushalt stellte Bürgermeisterin Tjorven Wolff zu Beginn der Sitzung vor.\n\nIm Stadtrat hatte Wolff Erfreuliches zu verkünden. Nach langer Zeit sei der Haushalt „ohne neue Schulden“ ausgeglichen.");
        var quotation = Assert.Single(quotations);
        Assert.Equal("ohne neue Schulden", quotation.Text);
        Assert.EndsWith("Tjorven Wolff", quotation.Speaker);
    }

    [Fact]
    public void German_quotation_that_is_its_whole_sentence_goes_on_with_the_chain_before_it()
    {
        // The sentence before reports her words in the subjunctive; the cue in the sentence after is someone else's.
        var quotation = Assert.Single(Quotations(German + "Bürgermeisterin Anna Keller erklärte am Abend im Rathaus, sie sei zufrieden. Die Brücke werde aber teurer als geplant. „Wir zahlen das aus den Rücklagen.“ Im Mai hatte Kämmerer Olaf Brandt angekündigt, die Gebühren zu senken."));
        Assert.Equal("Wir zahlen das aus den Rücklagen.", quotation.Text);
        Assert.EndsWith("Anna Keller", quotation.Speaker);
    }

    [Fact]
    public void German_quotation_joined_to_the_previous_by_a_conjunction_takes_no_source_of_its_own()
    {
        // "und ob er „…“": the second question is the same person's as the first; it follows the first's speaker.
        var choices = new List<Corpus.Generator.Parsing.Quotations.Sources.SourceChoice>();
        var models = Corpus.Generator.Parsing.Quotations.QuotationModels.Learned with
        {
            Speakers = new Corpus.Generator.Parsing.Quotations.Sources.SpeakerChooser(Corpus.Generator.Parsing.Lexicons.SpeakerWeights.Values, choices.Add),
        };
        var text = German + "Der Sender RBX meldet, dass Anna Keller ihren Stellvertreter gestern gefragt habe, was er „plane“ und ob er „noch Zeit“ finde.";
        var article = ArticleParser.Parse("t", "t.txt", text, models);
        Assert.Empty(choices.Single(c => c.Quotation.Of(text) == "noch Zeit").Mentions);
        Assert.Equal(2, article.Quotations.Count);
        Assert.Equal(article.Quotations[0].Speaker, article.Quotations[1].Speaker);
    }

    [Theory]
    [InlineData("Ralf Brenner sagte am Montag, die Brücke sei ein „Opfer der Sparpolitik“ und werde bald schließen.", "Opfer der Sparpolitik")]
    [InlineData("Das Hochwasser habe dem Pfeiler einen „Stoß“ versetzt, sagte Ralf Brenner.", "Stoß")]
    public void German_marked_nouns_in_reported_speech_are_the_speakers_words(string paragraph, string quoted)
    {
        // In a clause in the present subjunctive with a verb of saying in its sentence, the capitals are German nouns, no title or term.
        var quotation = Assert.Single(Quotations(German + paragraph), q => q.Text == quoted);
        Assert.EndsWith("Ralf Brenner", quotation.Speaker);
    }

    [Fact]
    public void German_two_apostrophes_are_italics_not_marks()
    {
        // A wiki writes italics with two apostrophes; German quotes with „…“ and the like.
        var quotations = Quotations(German + "Kapitänin Ida Brandt sagte ''nach der Probefahrt'' am Hafen: „Wir fahren ab Montag.“");
        Assert.Equal("Wir fahren ab Montag.", Assert.Single(quotations).Text);
    }

    [Theory]
    [InlineData("„Die Schleuse hält dicht“, bedankte sich Torben Falk bei den Tauchern.")]
    [InlineData("„Die Schleuse hält dicht“, zeigte sich Torben Falk überzeugt.")]
    [InlineData("„Die Schleuse hält dicht“, ist sich Torben Falk sicher.")]
    [InlineData("„Die Schleuse hält dicht“, fasste Torben Falk die Messungen zusammen.")]
    [InlineData("„Die Schleuse hält dicht“, beschrieb es Torben Falk.")]
    public void German_reflexive_summing_up_and_describing_verbs_are_cues(string paragraph)
    {
        // News writes these as verbs of saying, the speaker inverted after the verb and its pronoun.
        Assert.Equal("Torben Falk", Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Fact]
    public void German_article_after_a_surname_is_no_name_particle()
    {
        // "das" is the article of the object, not the Portuguese particle of "Maria das Neves".
        var quotation = Assert.Single(Quotations(German + "„Die Schleuse hält dicht“, erklärte Direktorin Lieske das Ergebnis der Tauchgänge."));
        Assert.Equal("Direktorin Lieske", quotation.Speaker);
    }

    [Theory]
    [InlineData("„Die Schleuse hält dicht“, sagte der Leiter der Messung, Marit Olsen vom Wasseramt.")]
    [InlineData("„Die Schleuse hält dicht“, sagte die Leiterin der Messung, Prof. Dr. Marit Olsen von der Hochschule Lindau.")]
    public void German_name_in_apposition_before_where_its_bearer_works(string paragraph)
    {
        // The phrase of the office or school after the name is no part of it and does not hide it.
        Assert.Equal("Marit Olsen", Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Fact]
    public void German_reported_speech_goes_on_from_a_verb_of_judging()
    {
        // "sieht keinen Grund": the words reported after the view are the view's holder's.
        var quotation = Assert.Single(Quotations(German + "Torben Falk sieht keinen Grund zur Sorge. Die Schleuse sei „absolut dicht“."));
        Assert.Equal("Torben Falk", quotation.Speaker);
    }

    [Fact]
    public void German_reported_speech_goes_on_past_a_quotation_that_is_its_whole_sentence()
    {
        var quotations = Quotations(German + "„Die Schleuse ist dicht“, meinte Torben Falk zum Sender. „Das ist ein Erfolg.“ Zugleich zeige dies, „wie gut die Taucher arbeiten“.");
        Assert.Equal("Torben Falk", Assert.Single(quotations, q => q.Text == "wie gut die Taucher arbeiten").Speaker);
    }

    [Fact]
    public void German_quantifier_opening_the_sentence_is_no_name()
    {
        // "Beide Schleusen" is no speaker of the colon's lead-in; the subject inverted after the verb is.
        var quotations = Quotations(German + "Der Taucher Torben Falk hat die Schleusen geprüft.\n\nBeide Schleusen seien dicht und den Pegel sieht Falk nicht in Gefahr: „Wir öffnen am Montag.“");
        Assert.EndsWith("Falk", Assert.Single(quotations).Speaker);
    }

    [Fact]
    public void German_party_in_brackets_before_the_cue_passes_to_the_name()
    {
        // The party tags the name; the name before it is the subject of the verb.
        var quotation = Assert.Single(Quotations(German + "Torben Falk (SPD) sagte am Montag: „Wir öffnen die Schleuse im Mai.“"));
        Assert.Equal("Torben Falk", quotation.Speaker);
    }

    [Theory]
    [InlineData("Der Deutschen Presse-Agentur sagte Torben Falk: „Wir öffnen die Schleuse im Mai.“", "Torben Falk")]
    [InlineData("Der Rundschau sagte Bauleiterin Hanna Lieske: „Der Boden ist zu nass.“", "Hanna Lieske")]
    public void German_listener_before_the_verb_is_no_speaker(string paragraph, string speaker)
    {
        // "der" is also the feminine dative: with a person named right after the verb, the phrase before it is its listener.
        Assert.EndsWith(speaker, Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("Wie Marit Olsen der Zeitung sagte, sei die Schleuse „fast fertig“.")]
    [InlineData("Wie Marit Olsen der Deutschen Presse-Agentur sagte, sei die Schleuse „fast fertig“.")]
    public void German_listener_between_the_name_and_its_verb_is_passed_over(string paragraph)
    {
        // German puts the listener before a verb last in its clause; the name before the listener is the subject.
        Assert.Equal("Marit Olsen", Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("Wörtlich sagte Marit Olsen: „Wir öffnen die Schleuse im Mai.“")]
    [InlineData("Zufrieden zeigte sich Marit Olsen: „Wir öffnen die Schleuse im Mai.“")]
    public void German_adverb_opening_the_sentence_is_no_name(string paragraph)
    {
        Assert.Equal("Marit Olsen", Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("Marit Olsen wird von der Zeitung mit den Worten zitiert: „Wir öffnen die Schleuse im Mai.“")]
    [InlineData("Die Ministerin Marit Olsen wurde im Radio zitiert, die Schleuse sei „fast fertig“.")]
    public void German_subject_of_a_passive_citing_is_the_speaker(string paragraph)
    {
        // "wird … zitiert": the one cited is the subject before the auxiliary; after a comma a clause of its own begins.
        Assert.EndsWith("Marit Olsen", Assert.Single(Quotations(German + paragraph)).Speaker);
    }

    [Theory]
    [InlineData("Le ministre Jean Dupont était sur place lundi.", "« Le pont est sûr », a déclaré le ministre.", "Jean Dupont")]
    [InlineData("La alcaldesa Ana Castillo visitó las obras el lunes.", "«El puente es seguro», dijo la alcaldesa.", "Ana Castillo")]
    [InlineData("La alcaldesa Ana Castillo visitó las obras el lunes.", "La alcaldesa afirmó: «El puente es seguro».", "Ana Castillo")]
    [InlineData("Le ministre Jean Dupont était sur place lundi.", "Le ministre a déclaré : « Le pont est sûr. »", "Jean Dupont")]
    public void French_and_Spanish_office_alone_refers_to_its_holder(string before, string paragraph, string speaker)
    {
        var quotation = Assert.Single(Quotations((before.StartsWith("Le ") ? French : Spanish) + before + "\n\n" + paragraph));
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Fact]
    public void French_spokesperson_alone_is_not_the_person_named_before()
    {
        var quotation = Assert.Single(Quotations(French + "Le ministre Jean Dupont était sur place lundi.\n\n« Le pont est sûr », a déclaré le porte-parole."));
        Assert.Null(quotation.Speaker);
    }

    [Fact]
    public void English_is_read_as_before_when_told_it_is_English()
    {
        const string text = "Headline\n\n“We will win,” said Jane Smith, the firm's founder.";
        Assert.Equal(Quotations(text), Quotations(text, "en"));
    }
}
