namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// Word lists for metadata and paragraph kinds. Data, not logic: extend a list to teach the parser
/// a new outlet's habits. Matching is case-insensitive unless a list says otherwise.
/// </summary>
internal static class NewsLexicon
{
    /// <summary>Wire services, as credited in datelines (<c>(AP)</c>) and sign-offs (<c>AFP</c>). Case-sensitive.</summary>
    public static readonly string[] Agencies =
    {
        "AP", "AFP", "Reuters", "UPI", "DPA", "dpa", "EFE", "ANSA", "Xinhua", "Kyodo", "Bloomberg", "PTI", "IANS", "ANI",
        "TASS", "Yonhap", "Bernama", "Anadolu", "CNA", "KNA", "APA", "EPA", "Europa Press", "Lusa", "NTB", "TT", "Belga", "ATS",
        "CP", "AAP", "Interfax", "RIA Novosti", "WAM", "SPA", "IRNA", "Sputnik", "CNN", "KCNA", "MENA", "PA", "PA Media",
        "Prensa Latina", "NHK", "BNO", "AA", "UNI", "APP", "Antara", "Jiji", "Agencia Brasil", "Notimex", "Efe",
    };

    /// <summary>All-caps words that open sentences as acronyms, not dateline places. Case-sensitive.</summary>
    public static readonly string[] NonPlaceAcronyms =
    {
        "US", "USA", "UK", "EU", "UN", "NATO", "FBI", "CIA", "NSA", "NASA", "WHO", "IMF", "OPEC", "G7", "G20", "AI", "CEO",
        "GOP", "DHS", "DOJ", "FDA", "CDC", "SEC", "FTC", "FCC", "IAEA", "ASEAN", "BRICS", "ICC", "IOC", "FIFA", "UEFA",
        "BREAKING", "UPDATE", "EXCLUSIVE", "WATCH", "LIVE", "OPINION", "ANALYSIS", "EDITORIAL",
    };

    /// <summary>Paragraph openings that mark web-page furniture (teasers, comment forms, newsletters).</summary>
    public static readonly string[] BoilerplateOpenings =
    {
        "see also", "read also", "also read", "read more", "more:", "related:", "recommended:", "leave a reply", "leave a comment",
        "your email address will not be published", "required fields are marked", "sign up", "subscribe", "click here",
        "share this", "follow us", "advertisement", "copyright", "all rights reserved", "(c)", "©", "this article was",
        "this story has been", "want more", "don't miss", "don’t miss", "get the latest", "download the", "watch:", "listen:",
    };

    /// <summary>Phrases that mark web-page furniture wherever they stand in a short paragraph.</summary>
    public static readonly string[] BoilerplatePhrases =
    {
        "newsletter", "in your inbox", "sign up for", "subscribe to", "email address will not be published",
        "required fields are marked", "all rights reserved", "click here", "cookie",
    };

    /// <summary>Phrases that mark photo captions and credits.</summary>
    public static readonly string[] CaptionPhrases =
    {
        "getty images", "ap photo", "afp photo", "reuters photo", "photo:", "photo by", "photograph:", "photo credit",
        "file photo", "(photo", "photo/", "/getty", "image:", "picture:", "pictured:", "(pictured)", "pool photo",
        "via reuters", "via ap", "courtesy of", "picture illustration", "photo illustration", "in this picture", "in this photo",
        "in this file picture", "in this handout", "handout photo", "handout picture", "in this undated", "in this still image",
        "image caption", "image copyright", "media caption", "submitted photo", "shutterstock", "photo courtesy",
    };

    /// <summary>Conjunctions that open a sentence carrying on the story ("And why ...?"), never a subhead.</summary>
    public static readonly string[] SentenceConjunctions =
    {
        "and", "but", "so", "or", "yet", "then", "because",
    };

    /// <summary>
    /// Words that show a clause has a finite verb. A short paragraph without any of them (and without a word
    /// ending in -ed) reads as a photo description, not a sentence of the story.
    /// </summary>
    public static readonly string[] FiniteVerbMarkers =
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "does", "do", "did", "says", "said", "say", "told", "tells", "added", "adds", "wants", "want",
        "went", "goes", "made", "makes", "took", "takes", "gave", "gives", "came", "comes", "got", "gets", "seems",
        "remains", "became", "becomes", "met", "meets", "held", "holds", "left", "leaves", "sent", "sends", "spoke",
        "speaks", "knew", "knows", "thinks", "thought", "expects", "expected", "hopes", "need", "needs", "won", "lost",
    };

    /// <summary>
    /// Finite forms of the past (never participles): a first paragraph telling the story with them is a lede, not a
    /// headline closed with a full stop (headlines are written in the present: "Council approves budget.").
    /// Matched in lower case only, so "Rose Bowl" is a name.
    /// </summary>
    public static readonly string[] StoryPastForms =
    {
        "was", "were", "had", "said", "wasn't", "wasn’t", "weren't", "weren’t", "hadn't", "hadn’t", "spoke", "went", "gave",
        "took", "came", "became", "knew", "saw", "began", "ran", "grew", "drew", "broke", "chose", "fell", "wrote", "threw",
        "flew", "drove", "swore", "withdrew", "shook", "stole", "froze",
    };

    /// <summary>
    /// Words that open a past verb's object (<c>issued a statement</c>): a passive
    /// participle in a headline is followed by a preposition instead (<c>charged in</c>, <c>pulled from</c>).
    /// </summary>
    public static readonly string[] PastObjectOpenings =
    {
        "a", "an", "the", "his", "her", "its", "their", "our", "this", "that",
    };
}
