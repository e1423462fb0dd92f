using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// Evidence for what a capitalised name is: the words that end an organisation's name beyond the institutions of
/// <see cref="SpeechLexicon.OrganisationHeads"/> (companies, venues, outlets), the nouns that introduce a work's
/// title, and the role nouns that stand before or after a person's name and are never part of it. Data, not logic;
/// matching ignores case.
/// </summary>
internal static class EntityLexicon
{
    /// <summary>
    /// The spokesperson nouns, each spelled here once: every list of roles, titles and crowds that holds them joins
    /// this one (<see cref="WordSets.Of"/>).
    /// </summary>
    public static readonly string[] SpokespersonNouns = { "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen" };

    /// <summary>"official", "officials": the role nouns of a person who speaks for an institution, spelled here once.</summary>
    public static readonly string[] OfficialNouns = { "official", "officials" };

    /// <summary>The holders of an office who speak for a government or a party ("the minister", "a senior diplomat"), spelled here once.</summary>
    public static readonly string[] OfficeHolderNouns = { "minister", "secretary", "president", "leader", "chief", "adviser", "advisor", "ambassador", "envoy", "diplomat" };

    /// <summary>Last words of company, venue and outlet names: "Trump Tower Hotel", "Acme Research", "Delta Air Lines".</summary>
    public static readonly HashSet<string> OrganisationSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Hotel", "Hotels", "Tower", "Towers", "Building", "Mansion", "Palace", "Castle", "Estate", "Club", "Course", "Golf", "Resort", "Resorts", "Casino", "Airport", "Airports", "Airways", "Airlines", "Air Lines", "Express", "Research",
        "Analytics", "Capital", "Partners", "Holdings", "Associates", "Advisors", "Advisers", "Consulting", "Systems", "Technologies",
        "Technology", "Labs", "Laboratory", "Laboratories", "Observatory", "Hospital", "Clinic", "School", "College", "Academy", "Church",
        "Cathedral", "Museum", "Library", "Studios", "Studio", "Films", "Pictures", "Records", "Entertainment", "Motors", "Securities",
        "Investments", "Insurance", "Pharmaceuticals", "Communications", "Telecom", "Railways", "Railway", "Restaurant", "Restaurants",
        "Cafe", "Stadium", "Arena", "Theater", "Theatre", "Festival", "Magazine", "Tribune", "Herald", "Gazette", "Chronicle", "Weekly",
        "Daily", "Review", "Radio", "Television", "TV", "Channel", "Broadcasting", "Foods", "Stores", "Brands", "Industries", "Enterprises",
        "Solutions", "Services", "Software", "Electric", "Energy", "Petroleum", "Oil", "Mining", "Steel", "Chemicals", "Logistics",
        "LLC", "LLP", "PLC", "GmbH", "AG", "SA", "NV", "Ltd.", "Co.", "Co", "Corp.", "Inc.", "Limited", "Incorporated", "Trust",
        "Society", "Institution", "Initiative", "Alliance", "Coalition", "Caucus", "Movement", "Project", "Program", "Programme",
        "Campaign", "Network", "Index", "Survey", "Poll", "Watch", "International", "Global", "Worldwide", "Foundation", "Fund",
    };

    /// <summary>Last words of the names of agreements, laws, events and prizes: never a person ("Paris Accord", "Nobel Prize").</summary>
    public static readonly HashSet<string> ThingSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accord", "Accords", "Agreement", "Treaty", "Act", "Bill", "Law", "Protocol", "Convention", "Charter", "Declaration", "Plan", "Deal",
        "Summit", "Conference", "Forum", "War", "Prize", "Award", "Awards", "Cup", "Games", "Olympics", "Championship", "Championships",
        "Open", "Bowl", "Series", "Day", "Week", "Festival", "Show", "Expo", "Fair", "Storm", "Hurricane", "Virus", "Disease", "Syndrome",
        "Report", "Index", "Amendment", "Constitution", "Code", "Doctrine",
    };

    /// <summary>Nouns of a work or a name right before a quoted title: the film “…”, the show “…”, the slogan “…”.</summary>
    public static readonly HashSet<string> WorkNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "movie", "show", "series", "sitcom", "drama", "documentary", "book", "novel", "memoir", "biography", "song", "single", "album",
        "musical", "opera", "poem", "painting", "franchise", "episode", "podcast", "programme", "program", "column",
        "article", "essay", "report", "study", "paper", "magazine", "newspaper", "slogan", "motto", "hashtag", "headline", "title", "brand",
        "label", "campaign", "operation", "project", "initiative", "app", "website", "blog", "channel",
    };

    /// <summary>The role nouns beyond <see cref="SpokespersonNouns"/>, <see cref="OfficialNouns"/> and <see cref="OfficeHolderNouns"/>.</summary>
    private static readonly string[] PersonRoleNouns =
    {
        "representative", "executive", "author",
        "co-author", "researcher", "scientist", "analyst", "economist", "strategist", "professor", "lecturer", "lawyer", "attorney",
        "solicitor", "barrister", "prosecutor", "judge", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "quarterback",
        "pitcher", "coach", "manager", "player", "captain", "farmer", "doctor", "physician", "surgeon", "nurse", "teacher", "student",
        "resident", "officer", "detective", "investigator", "sergeant", "lieutenant", "director", "chairman",
        "chairwoman", "founder", "co-founder", "owner", "actor", "actress", "singer", "rapper", "musician", "filmmaker", "producer", "writer",
        "novelist", "poet", "artist", "architect", "engineer", "pilot", "driver", "witness", "victim", "survivor", "neighbour", "neighbor",
        "activist", "campaigner", "organiser", "organizer", "volunteer", "worker", "employee", "consultant", "expert",
        "historian", "biologist", "physicist", "chemist", "astronomer", "geologist", "psychologist", "psychiatrist", "epidemiologist",
        "senator", "governor", "mayor", "commissioner", "councillor",
        "councilman", "councilwoman", "lawmaker", "legislator", "congressman", "congresswoman", "candidate", "head", "boss",
        "editor", "reporter", "correspondent", "journalist", "columnist", "critic", "commentator", "host", "anchor", "presenter",
        "ceo", "cfo", "coo", "cto", "chancellor", "premier", "treasurer", "superintendent", "principal", "dean", "sheriff", "deputy",
        "trooper", "constable", "firefighter", "paramedic", "agent", "broker", "trader", "banker", "investor", "entrepreneur", "shopkeeper",
        "landlord", "tenant", "passenger", "traveller", "traveler", "shopper", "fan", "supporter", "voter", "parent", "mother",
        "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather", "uncle", "aunt", "cousin", "friend",
        "boyfriend", "girlfriend", "partner", "widow", "widower", "pastor", "priest", "rabbi", "imam", "bishop", "cardinal", "nun", "monk",
    };

    /// <summary>
    /// Role nouns: what a person is, written before or after the name and never part of it ("striker", "lead author",
    /// "a company spokesman"). Capitalised at a sentence start, they are still roles.
    /// </summary>
    public static readonly HashSet<string> RoleNouns = WordSets.Of(StringComparer.OrdinalIgnoreCase, SpokespersonNouns, OfficialNouns, OfficeHolderNouns, PersonRoleNouns);

    /// <summary>Words that qualify a role noun before a name: "lead author", "senior economist", "former coach".</summary>
    public static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "lead", "senior", "junior", "chief", "former", "deputy", "assistant", "associate", "acting", "interim", "head", "top", "veteran",
        "longtime", "retired", "fellow", "star", "team", "co", "vice", "executive", "managing", "general", "principal", "staff", "local",
        "prime", "then",
    };

    /// <summary>
    /// Descriptions that stand for an organisation the article names ("the airline said", "the company said") and the
    /// documents that speak for their author ("the report said"): the speaker is the organisation named nearest before.
    /// </summary>
    public static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "airline", "carrier", "bank", "lender", "insurer", "retailer", "chain", "automaker", "carmaker", "manufacturer",
        "maker", "publisher", "broadcaster", "network", "studio", "label", "group", "organisation", "organization", "charity", "union",
        "club", "team", "league", "federation", "association", "university", "college", "school", "hospital", "church", "agency",
        "ministry", "department", "office", "government", "administration", "council", "committee", "commission", "board", "party",
        "campaign", "regulator", "watchdog", "utility", "operator", "startup", "developer", "conglomerate", "giant", "newspaper",
        "magazine", "paper", "outlet", "report", "statement", "study", "survey", "letter", "filing", "lawsuit", "complaint", "memo",
        "document", "release", "announcement", "decree", "ruling",
    };

    /// <summary>Roles through which an organisation speaks: "a Google spokesman said" is Google speaking.</summary>
    public static readonly HashSet<string> SpokespersonRoles = WordSets.Of(StringComparer.OrdinalIgnoreCase, SpokespersonNouns, OfficialNouns, new[] { "representative", "sources", "source", "statement" });

    /// <summary>The prepositions that tie a spokesperson to whom they speak for: "a spokeswoman for the Treasury", "a member of Acme", "an official at the bank".</summary>
    public static readonly HashSet<string> SpokespersonPrepositions = new(StringComparer.Ordinal) { "for", "of", "at" };

    /// <summary>Roles that end an organisation's speaker phrase, in lower case: "Peruvian foreign ministry spokesman", "Acme officials", "government sources".</summary>
    public static readonly HashSet<string> OrganisationRoleEnds = WordSets.Of(StringComparer.Ordinal, SpokespersonNouns, OfficialNouns, new[] { "sources" });

    /// <summary>The lower-case words of a speaker phrase beyond <see cref="SpokespersonNouns"/>, <see cref="OfficialNouns"/> and <see cref="OfficeHolderNouns"/>.</summary>
    private static readonly string[] SpeakerPhrasePartWords =
    {
        "foreign", "ministry", "department", "government", "police", "prosecutors", "broadcaster", "newspaper", "agency",
        "office", "state", "senior", "top", "deputy", "defense", "defence", "commerce", "sources", "security", "national", "news",
        "media", "outlet", "television", "radio", "daily", "council", "committee",
    };

    /// <summary>Lower-case words that may stand inside a speaker phrase ("the Peruvian foreign ministry spokesman"), as written.</summary>
    public static readonly HashSet<string> SpeakerPhraseParts = WordSets.Of(StringComparer.Ordinal, SpokespersonNouns, OfficialNouns, OfficeHolderNouns, SpeakerPhrasePartWords);

    /// <summary>The roles right before a name beyond <see cref="SpokespersonNouns"/>, <see cref="OfficialNouns"/> and <see cref="OfficeHolderNouns"/>.</summary>
    private static readonly string[] TitlingRoleWords =
    {
        "founder", "co-founder",
        "expert", "analyst", "professor", "director", "fellow", "senator", "governor", "mayor", "counterpart",
    };

    /// <summary>Lower-case roles right before a name that make it a person's ("the diplomat Ana Lee", "Acme spokesman Tom Ray"), as written.</summary>
    public static readonly HashSet<string> TitlingRoles = WordSets.Of(StringComparer.Ordinal, SpokespersonNouns, OfficialNouns, OfficeHolderNouns, TitlingRoleWords);
}
