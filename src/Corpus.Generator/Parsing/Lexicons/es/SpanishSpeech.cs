namespace Corpus.Generator.Parsing.Lexicons.Es;

/// <summary>
/// Spanish words of attribution, from general knowledge of the language: the verbs of saying news uses, each naming
/// the English lemma of the same meaning (see <see cref="De.GermanSpeech"/>).
/// </summary>
internal static class SpanishSpeech
{
    /// <summary>Cue forms as "lemma: form, ...": preterite, present and participle.</summary>
    public static readonly string[] CueForms =
    {
        "say: dijo, dijeron, dice, dicen, dicho, afirmó, afirmaron, afirma, afirmado, aseguró, aseguraron, asegura, asegurado, manifestó, expresó, sostuvo, sostiene",
        "note: señaló, señalaron, señala, señalado, apuntó, indicó, indicaron, indica, indicado",
        "explain: explicó, explicaron, explica, explicado",
        "warn: advirtió, advirtieron, advierte, advertido",
        "add: añadió, añadieron, añade, agregó, agregaron, agrega",
        "stress: destacó, destaca, subrayó, subraya, recalcó, enfatizó",
        "declare: declaró, declararon, declara, declarado",
        "comment: comentó, comenta",
        "ask: preguntó, preguntaron, pregunta",
        "reply: respondió, respondieron, responde, contestó, replicó",
        "write: escribió, escribe, escrito",
        "announce: anunció, anunciaron, anuncia",
        "admit: reconoció, reconoce, admitió, admite",
        "insist: insistió, insiste",
        "recall: recordó, recuerda",
        "conclude: concluyó",
        "tell: contó, relató",
    };

    /// <summary>Words that introduce the source after them: "según X", "a juicio de X".</summary>
    public static readonly string[] SourceCues = { "según", "a juicio de", "de acuerdo con" };
}
