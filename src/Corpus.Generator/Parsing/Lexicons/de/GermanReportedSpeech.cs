namespace Corpus.Generator.Parsing.Lexicons.De;

/// <summary>
/// The verb forms of German reported speech (general knowledge of the grammar): the present subjunctive (Konjunktiv I),
/// which news writes for what someone said (<c>Er sagte, die Lage sei „ernst“</c>, <c>Die Lage sei „ernst“, so der
/// Minister</c>), in the third person, where it differs from the indicative. A sentence with one reports speech as a verb
/// of saying does: marked words in it are someone's words.
/// </summary>
internal static class GermanReportedSpeech
{
    public static readonly string[] SubjunctiveForms =
    {
        "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse", "gebe", "stehe", "bestehe",
        "entstehe", "gehe", "komme", "liege", "bleibe", "brauche", "fehle", "gelte", "halte", "sehe", "lasse", "trage", "führe",
        "zeige", "finde", "wirke", "diene", "handle", "arbeite", "plane", "bedeute", "erwarte", "beabsichtige",
    };

    /// <summary>
    /// The past subjunctive (Konjunktiv II), which reported speech takes where the present one would look like the
    /// indicative (<c>sie würden</c>, <c>wären</c>) but which also states what would be: a sentence with one only carries
    /// on a chain of reported speech between its attribution and a sentence in the present subjunctive, never starts one.
    /// </summary>
    public static readonly string[] PastSubjunctiveForms =
    {
        "würde", "würden", "wäre", "wären", "hätte", "hätten", "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften",
        "gäbe", "käme", "kämen",
    };
}
