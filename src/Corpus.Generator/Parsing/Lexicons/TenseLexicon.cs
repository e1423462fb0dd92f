using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// The past tense, for telling a speaker's own words from the reporter's account of them: reported speech shifts
/// back to the past after "said" ("the talks were over, she said"), the speaker's words keep their own present
/// ("the talks are over"). Regular forms end in -ed; the irregular ones are listed. Case-insensitive.
/// </summary>
internal static class TenseLexicon
{
    /// <summary>Irregular past forms and past participles (the ones that are also present forms, "put", "hit", "read", are left out).</summary>
    public static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "done", "been", "said", "went", "gone", "made", "took", "taken", "gave", "given", "came",
        "got", "gotten", "became", "met", "held", "left", "sent", "spoke", "spoken", "knew", "known", "thought", "won", "lost",
        "told", "found", "saw", "seen", "began", "begun", "brought", "bought", "caught", "felt", "kept", "led", "meant", "paid",
        "ran", "sat", "stood", "understood", "wrote", "written", "showed", "shown", "grew", "grown", "drew", "drawn", "broke",
        "broken", "chose", "chosen", "fell", "fallen", "rose", "risen", "fought", "taught", "sought", "built", "spent", "sold",
        "heard", "lay", "laid", "lain", "wore", "worn", "threw", "thrown", "flew", "flown", "drove", "driven", "ate", "eaten",
        "forgot", "forgotten", "hid", "hidden", "rode", "ridden", "sang", "sung", "slept", "struck", "swore", "sworn", "woke",
        "woken", "withdrew", "withdrawn", "overcame", "undertook", "undertaken", "died", "fled", "bore", "born", "borne",
        "shook", "shaken", "stole", "stolen", "froze", "frozen", "dealt", "fed", "bled", "bent", "lent", "swept", "wept",
        "dug", "hung", "stuck", "spun",
    };

    /// <summary>Modals that reported speech shifts "can", "will" and "may" to: "the plan could fail, he said".</summary>
    public static readonly HashSet<string> BackshiftedModals = new(StringComparer.OrdinalIgnoreCase) { "could", "would", "might" };

    /// <summary>
    /// Present auxiliaries before a participle: "has taken", "is owned", "will be named" are the present perfect, the
    /// passive and the future, which reported speech would shift ("had taken", "was owned", "would be named").
    /// </summary>
    public static readonly HashSet<string> PresentAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "hasn’t", "haven’t", "hasn't", "haven't", "’ve", "'ve", "is", "are", "am", "isn’t", "aren’t", "isn't",
        "aren't", "be", "been", "being", "get", "gets", "getting",
    };

    /// <summary>Words ending in -ed that are no past forms.</summary>
    public static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "indeed", "speed", "seed", "feed", "breed", "greed", "proceed", "exceed", "succeed", "hundred", "sacred",
        "naked", "wicked", "beloved", "kindred", "hatred", "rugged", "ragged", "crooked", "wretched", "jagged", "red", "bed",
        "shed", "wed", "embed", "reed", "weed", "steed", "deed", "heed",
    };
}
