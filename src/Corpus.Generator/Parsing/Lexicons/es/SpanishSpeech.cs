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
        "say: dijo, dijeron, dice, dicen, dicho, afirmó, afirmaron, afirma, afirmado, aseguró, aseguraron, asegura, asegurado, manifestó, manifestado, expresó, expresado, sostuvo, sostiene, sostenido, aseveró, aseverado, sentenció, sentenciado, zanjó, zanjado, opinó, opinado",
        "note: señaló, señalaron, señala, señalado, apuntó, apuntado, indicó, indicaron, indica, indicado",
        "explain: explicó, explicaron, explica, explicado, precisó, precisado, detalló, detallado, aclaró, aclarado, puntualizó, puntualizado, concretó, concretado",
        "warn: advirtió, advirtieron, advierte, advertido, alertó, alertado",
        "add: añadió, añadieron, añade, añadido, agregó, agregaron, agrega, agregado, acotó, acotado",
        "stress: destacó, destaca, destacado, subrayó, subraya, subrayado, recalcó, recalcado, enfatizó, enfatizado, remarcó, remarcado, reiteró, reiterado",
        "declare: declaró, declararon, declara, declarado",
        "comment: comentó, comenta, comentado, valoró, valorado",
        "ask: preguntó, preguntaron, pregunta, preguntado",
        "reply: respondió, respondieron, responde, respondido, contestó, contestado, replicó, replicado",
        "write: escribió, escribe, escrito",
        "announce: anunció, anunciaron, anuncia, anunciado",
        "admit: reconoció, reconoce, reconocido, admitió, admite, admitido",
        "insist: insistió, insiste, insistido",
        "recall: recordó, recuerda, recordado",
        "conclude: concluyó, concluido",
        "tell: contó, relató, relatado, narró",
        "confirm: confirmó, confirmado",
        "argue: defendió, defendido",
        "lament: lamentó, lamentado",
    };

    /// <summary>
    /// Auxiliaries of the perfect and pluperfect: with a participle above they are one cue (<c>«…», ha defendido la
    /// ministra</c>, <c>había dicho</c>), the tense Spain's press writes attributions in.
    /// </summary>
    public static readonly string[] Auxiliaries = { "ha", "han", "había", "habían" };

    /// <summary>Words that introduce the source after them: "según X", "a juicio de X".</summary>
    public static readonly string[] SourceCues = { "según", "a juicio de", "de acuerdo con" };
}
