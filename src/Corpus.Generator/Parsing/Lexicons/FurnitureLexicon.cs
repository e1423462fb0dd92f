namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// Word lists for the page furniture that scrapes carry along with a story: reporting credits, contact and social
/// lines, buttons, related-story links. Data, not logic. Lower-case (matched against lower-cased text) unless a
/// list says otherwise.
/// </summary>
internal static class FurnitureLexicon
{
    /// <summary>Openings of a reporting credit, alone or in parentheses: <c>(Reporting by ...; Editing by ...)</c>.</summary>
    public static readonly string[] CreditOpenings =
    {
        "reporting by", "additional reporting by", "additional reporting from", "writing by", "editing by", "edited by",
        "compiled by", "produced by", "research by", "sourcing:", "with reporting by", "reported by",
    };

    /// <summary>Phrases that make a short paragraph a credit wherever they stand (<c>... contributed to this report.</c>).</summary>
    public static readonly string[] CreditPhrases =
    {
        "contributed to this report", "contributed to this story", "contributed reporting", "contributed to this article",
        "contributed additional reporting", "originally appeared", "originally published", "first appeared on",
        "first published on", "was first published", "this story has been updated", "this article has been updated",
    };

    /// <summary>Openings and phrases of a line that tells readers how to reach or follow the writer or outlet.</summary>
    public static readonly string[] ContactPhrases =
    {
        "to contact the", "may be reached at", "can be reached at", "can be contacted at", "reach the reporter",
        "like us on", "follow us on", "follow us @", "join us on", "find us on", "share your videos", "share your photos",
        "share your pictures", "share your stories", "send us your", "contact us at", "email us at", "e-mail us at",
        "write to us", "click to share", "share on facebook", "share on twitter", "our standards:", "trust principles",
    };

    /// <summary>Phrases of a disclaimer under a story (an opinion's, an affiliate link's), in a short paragraph.</summary>
    public static readonly string[] DisclaimerPhrases =
    {
        "views expressed", "do not necessarily reflect", "does not necessarily reflect", "for informational purposes",
        "earn a commission", "affiliate commission", "affiliate links", "is not financial advice",
    };

    /// <summary>Social networks, for lines such as <c>Follow Jane Roe on Twitter @janeroe</c>. Case-sensitive.</summary>
    public static readonly string[] SocialNetworks =
    {
        "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "LinkedIn", "Threads", "Bluesky", "Mastodon", "Snapchat",
    };

    /// <summary>
    /// Whole paragraphs that are a button or a widget's label (share buttons, galleries, players). Compared with the
    /// whole paragraph, ignoring case.
    /// </summary>
    public static readonly string[] WidgetLabels =
    {
        "facebook", "twitter", "google", "google+", "whatsapp", "email", "e-mail", "print", "share", "tweet", "pin it",
        "pinterest", "linkedin", "reddit", "messenger", "sms", "copy link", "enlarge", "related content", "related stories",
        "related articles", "related", "more stories", "play video", "watch video", "loading photo gallery", "photo gallery",
        "loading video", "view gallery", "comments", "show comments", "next", "previous", "close", "more", "top stories",
        "trending", "advertisement", "sponsored", "story continues below", "continue reading", "read more", "view comments",
        "flipboard", "copy", "email the author", "view author archive", "get author rss feed", "author rss feed", "enlarge image",
        "more on", "most recent", "most read", "most popular", "recommended", "you may also like", "news", "menu", "search",
        "open in app", "listen to this article", "gift this article", "save", "bookmark", "jump to comments",
        "skip to content", "skip to main content", "skip navigation",
    };

    /// <summary>
    /// Labels that open a related-story or media link (<c>Video: ...</c>, <c>Article: ...</c>).
    /// </summary>
    public static readonly string[] LinkLabels =
    {
        "article:", "video:", "videos:", "gallery:", "photos:", "slideshow:", "audio:", "podcast:", "interactive:", "graphic:",
        "related:", "related story:", "more from", "most read", "most popular", "editor's picks", "editor’s picks", "trending:",
        "topics:", "tags:", "filed under:", "updated:", "updated at", "last updated", "published:", "posted:", "correction:",
        "clarification:", "editor's note:", "editor’s note:",
    };

    /// <summary>Words of page chrome that a scraper runs into the text; case-sensitive, whole words.</summary>
    public static readonly string[] ChromeMarkers =
    {
        "ADVERTISEMENT", "Pin It", "More Galleries", "Skip Ad", "Story continues below advertisement",
    };

    /// <summary>
    /// What an embedded social post leaves in the text (Instagram's caption line, a tweet's picture link); each starts
    /// with a letter or digit (see <see cref="PhraseFinder"/>).
    /// </summary>
    public static readonly string[] EmbedPhrases =
    {
        "a post shared by", "view this post on instagram", "pic.twitter.com/",
    };

    /// <summary>Units of a relative timestamp under a link (<c>53 mins ago</c>).</summary>
    public static readonly string[] AgoUnits =
    {
        "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days",
        "week", "weeks",
    };
}
