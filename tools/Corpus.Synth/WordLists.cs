namespace Corpus.Synth;

/// <summary>The vocabulary of the synthetic news: data, not code. Large enough that 5-word shingles rarely repeat across articles.</summary>
internal static class WordLists
{
    public static readonly string[] Datelines =
    {
        "BEIJING", "WASHINGTON", "KYIV", "LONDON", "PARIS", "NEW DELHI", "TOKYO", "NAIROBI", "BRUSSELS", "HONG KONG",
        "BERLIN", "MOSCOW", "SEOUL", "CAIRO", "JOHANNESBURG", "MEXICO CITY", "SAO PAULO", "JERUSALEM", "GENEVA", "ROME",
        "MADRID", "ISTANBUL", "JAKARTA", "MANILA", "SYDNEY", "OTTAWA", "LAGOS", "BANGKOK", "HANOI", "BOGOTA",
    };

    public static readonly string[] Places =
    {
        "Kyiv", "Beijing", "Washington", "Geneva", "Brussels", "Vilnius", "Nairobi", "Bali", "Tokyo", "Seoul", "Paris",
        "the Taiwan Strait", "the South China Sea", "the Black Sea", "the Gulf", "the Sahel", "the Arctic", "the Balkans",
    };

    public static readonly string[] Agencies = { "AP", "AFP", "Reuters", "Xinhua", "ANSA", "EFE", "DPA", "Kyodo" };

    public static readonly string[] FirstNames =
    {
        "Antony", "Qin", "Wang", "Nancy", "Joe", "Matthew", "Maria", "Leah", "John", "Jane", "Olena", "Dmitri",
        "Amina", "Carlos", "Ingrid", "Kenji", "Priya", "Tomasz", "Fatima", "Lucas", "Chen", "Aisha", "Pierre", "Sofia",
        "Hiroshi", "Elena", "Kwame", "Rosa", "Ahmed", "Greta", "Ivan", "Mei", "Rahul", "Nadia", "Oscar", "Yuki",
    };

    public static readonly string[] LastNames =
    {
        "Blinken", "Gang", "Yi", "Pelosi", "Biden", "Miller", "Lopez", "Millis", "Doe", "Roe", "Kovalenko", "Petrov",
        "Okafor", "Mendes", "Larsen", "Tanaka", "Sharma", "Nowak", "Haddad", "Silva", "Zhang", "Bello", "Dubois",
        "Rossi", "Sato", "Popescu", "Mensah", "Garcia", "Hassan", "Lindqvist", "Ivanov", "Liu", "Gupta", "Karimi",
        "Fischer", "Nakamura", "Moreau", "Novak", "Costa", "Ali",
    };

    public static readonly string[] Titles =
    {
        "Secretary of State", "Foreign Minister", "President", "Prime Minister", "Defense Minister", "Ambassador",
        "Finance Minister", "Senator", "Governor", "Mayor", "Health Minister", "Trade Representative",
    };

    public static readonly string[] Roles = { "spokesman", "spokeswoman", "spokesperson", "analyst", "official", "diplomat", "economist", "adviser" };

    public static readonly string[] Organisations =
    {
        "The State Department", "The Foreign Ministry", "The European Union", "The United Nations", "NATO",
        "The World Bank", "The central bank", "The White House", "The Kremlin", "The ministry", "The parliament",
        "The African Union", "The International Monetary Fund", "The health agency", "The electoral commission",
    };

    public static readonly string[] Groups =
    {
        "officials", "diplomats", "analysts", "lawmakers", "negotiators", "investors", "residents", "farmers",
        "workers", "students", "doctors", "protesters", "observers", "economists", "rescue teams", "delegates",
    };

    public static readonly string[] Verbs =
    {
        "agreed to expand", "refused to discuss", "pledged to stabilize", "moved to limit", "vowed to restore",
        "sought to ease", "declined to confirm", "promised to review", "struggled to contain", "voted to extend",
        "failed to resolve", "hoped to revive", "planned to tighten", "decided to suspend", "offered to mediate",
        "began to rebuild", "threatened to block", "continued to monitor", "helped to negotiate", "tried to reassure",
    };

    public static readonly string[] Objects =
    {
        "the talks", "trade ties", "military channels", "the ceasefire", "grain exports", "the sanctions regime",
        "the budget", "border controls", "the fishing quota", "energy supplies", "the vaccine rollout", "interest rates",
        "the peace plan", "the climate pledge", "chip exports", "the aid package", "flights between the two countries",
        "the investigation", "the election timetable", "water rights", "the debt relief deal", "the rail project",
    };

    public static readonly string[] Times =
    {
        "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "last week", "this month", "in recent months", "late on Sunday", "earlier this year", "in the coming weeks",
        "after a nearly six-hour meeting", "before leaving the capital", "during a working dinner",
    };

    public static readonly string[] Clauses =
    {
        "but no date had been set", "though neither side showed any inclination to retreat",
        "amid growing pressure at home", "according to a statement released after the meeting",
        "despite months of tension", "as markets watched closely", "while critics warned of delays",
        "in a move welcomed by neighbours", "after weeks of closed-door negotiations", "with few details made public",
        "even as protests continued outside", "raising hopes of a broader agreement", "in a sharp break with past policy",
    };

    public static readonly string[] Adjectives =
    {
        "constructive", "candid", "difficult", "productive", "frank", "historic", "fragile", "urgent", "substantive",
        "unprecedented", "modest", "cautious", "decisive", "balanced", "serious", "open",
    };

    public static readonly string[] Nouns =
    {
        "communication", "stability", "trust", "dialogue", "security", "cooperation", "growth", "transparency",
        "accountability", "progress", "restraint", "recovery", "confidence", "reform", "solidarity", "patience",
    };

    public static readonly string[] Quotes =
    {
        "We have no illusions about the challenges of managing this relationship",
        "This is not in line with the fundamental interests of the two peoples",
        "We will not give up",
        "The door remains open for {noun} and for {noun}",
        "Our priority is {noun}, and we will act with {noun}",
        "Nobody expected a breakthrough today",
        "It is the responsibility of both countries to find a way forward",
        "There are many issues on which we deeply disagree",
        "We need {adj} talks, not slogans",
        "The next few weeks will be {adj}",
        "People here want {noun} and they want it now",
        "We made {adj} progress on {object}",
        "This was a {adj} meeting and a {adj} step",
        "Nothing is agreed until everything is agreed",
        "We are ready to talk about {object} at any time",
        "I believe that the foundation of our relations lies with the people",
        "The situation on the ground remains {adj}",
        "We will keep working on {object} with our partners",
    };

    public static readonly string[] Cues = { "said", "added", "told reporters", "insisted", "warned", "noted", "explained" };

    public static readonly string[] Pronouns = { "he", "she", "they" };

    public static readonly string[] Boilerplate =
    {
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Sign up for our morning newsletter to get the news in your inbox.",
        "See also\u00A0{headline}",
        "(Also read: {headline})",
        "(Keep reading: {headline})",
        "Read more: {headline}",
        "Copyright 2024 The Daily Planet. All rights reserved.",
    };

    public static readonly string[] CaptionActions =
    {
        "shakes hands with", "meets", "speaks with", "walks beside", "listens to", "arrives with", "greets",
    };

    public static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static readonly string[] Days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    public static readonly string[] HeadlineWords =
    {
        "Talks", "Stall", "Resume", "Over", "Trade", "Deal", "Leaders", "Meet", "Amid", "Tensions", "Ceasefire",
        "Holds", "Markets", "Rally", "After", "Vote", "Budget", "Crisis", "Deepens", "Aid", "Arrives", "Border",
        "Reopens", "Minister", "Visits", "Summit", "Ends", "Without", "Agreement", "Protests", "Grow", "Rates", "Rise",
    };
}
