namespace Corpus.Generator.Parsing.Lexicons.Fr;

/// <summary>
/// French words of attribution, from general knowledge of the language: the verbs of saying news uses (the participle
/// of the passé composé, the present of the inverted incise), each naming the English lemma of the same meaning
/// (see <see cref="De.GermanSpeech"/>). An incise's subject pronoun joined by hyphens (<c>estime-t-elle</c>,
/// <c>a-t-il déclaré</c>) is read off the verb (<see cref="Languages.LanguageRules"/>).
/// </summary>
internal static class FrenchSpeech
{
    /// <summary>Cue forms as "lemma: form, ...".</summary>
    public static readonly string[] CueForms =
    {
        "say: dit, dire, déclaré, déclare, affirmé, affirme, assuré, assure, confié, confie, lancé, lance, martelé, estimé, estime, juge, jugé",
        "note: indiqué, indique, noté, note, observé, observe",
        "stress: souligné, souligne, insisté, insiste",
        "explain: expliqué, explique, précisé, précise",
        "add: ajouté, ajoute",
        "warn: averti, avertit, prévenu, prévient, mis en garde",
        "ask: demandé, demande, interrogé",
        "reply: répondu, répond, rétorqué, rétorque",
        "write: écrit, écrivait",
        "announce: annoncé, annonce",
        "admit: reconnu, reconnaît, admis, admet, concédé",
        "recall: rappelé, rappelle",
        "conclude: conclu, conclut",
        "tell: raconté, raconte",
        "comment: commenté, commente",
        "continue: poursuivi, poursuit",
        "lament: dénoncé, dénonce, déploré, déplore",
        "explain: justifié, justifie, détaillé, détaille",
        "confirm: confirmé, confirme",
    };

    /// <summary>
    /// Auxiliaries of the passé composé and the plus-que-parfait: with a participle above they are one cue
    /// (<c>« … », a déclaré le ministre</c>, <c>avait indiqué</c>), so the subject after them is the cue's.
    /// </summary>
    public static readonly string[] Auxiliaries = { "a", "ont", "avait", "avaient" };

    /// <summary>
    /// Adverbs French news writes between the auxiliary and its participle (<c>a notamment déclaré X</c>, <c>a ainsi
    /// lancé l'agent</c>, <c>a même estimé X</c>): the three words are still one cue, its inverted subject after them.
    /// </summary>
    public static readonly string[] InsertedAdverbs =
    {
        "notamment", "ainsi", "même", "aussi", "également", "encore", "déjà", "ensuite", "alors", "enfin", "toutefois",
        "cependant", "pourtant", "simplement", "clairement", "aussitôt", "récemment", "publiquement", "bien", "plutôt",
    };

    /// <summary>Words that introduce the source after them: "selon X", "d'après X".</summary>
    public static readonly string[] SourceCues = { "selon", "d'après", "d’après" };
}
