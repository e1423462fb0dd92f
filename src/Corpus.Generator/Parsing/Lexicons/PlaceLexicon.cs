using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// Places: countries, US states and their abbreviations, Canadian provinces, world capitals and large cities, and the
/// nouns that end a place's name ("Chandler Mountain", "Orange County"). A place is never a person, so a pronoun or a
/// surname never resolves to one; only the institutions of <see cref="SpeechLexicon.CollectiveSpeakers"/> speak.
/// Data, not logic; matching ignores case.
/// </summary>
internal static class PlaceLexicon
{
    public static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // Countries and common short forms.
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas",
        "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil",
        "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Congo",
        "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
        "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
        "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland",
        "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan",
        "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
        "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico",
        "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nepal", "Netherlands",
        "Holland", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa",
        "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia",
        "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
        "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine",
        "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen",
        "Zambia", "Zimbabwe", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "America", "Korea",
        "Palestine", "Gaza", "West Bank", "Crimea", "Tibet", "Hong Kong", "Macau", "Puerto Rico", "Greenland", "Europe", "Asia", "Africa",
        "Latin America", "South America", "North America", "Central America", "Middle East", "Southeast Asia", "Antarctica", "Arctic",
        "Caribbean", "Balkans", "Scandinavia", "Siberia", "Kashmir", "Kurdistan", "Chechnya", "Darfur",

        // US states, their AP abbreviations and postal codes (the codes only when written with a capital and a lower-case letter or dots).
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho",
        "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
        "Ala", "Ala.", "Ariz", "Ariz.", "Ark", "Ark.", "Calif", "Calif.", "Colo", "Colo.", "Conn", "Conn.", "Del", "Del.", "Fla", "Fla.",
        "Ga", "Ga.", "Ill", "Ill.", "Ind", "Ind.", "Kan", "Kan.", "Ky", "Ky.", "La", "La.", "Md", "Md.", "Mass", "Mass.", "Mich", "Mich.",
        "Minn", "Minn.", "Miss", "Miss.", "Mo", "Mo.", "Mont", "Mont.", "Neb", "Neb.", "Nev", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.",
        "N.C.", "N.D.", "Okla", "Okla.", "Ore", "Ore.", "Pa", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn", "Tenn.", "Vt", "Vt.", "Va", "Va.",
        "Wash", "Wash.", "W.Va.", "Wis", "Wis.", "Wyo", "Wyo.", "D.C.",

        // Canadian provinces and Australian states.
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland",
        "New South Wales", "Victoria", "Queensland", "Tasmania",

        // World capitals and large cities.
        "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam", "Ankara", "Athens", "Baghdad", "Baku", "Bangkok",
        "Beijing", "Beirut", "Belgrade", "Berlin", "Bern", "Bogota", "Brasilia", "Bratislava", "Brussels", "Bucharest", "Budapest",
        "Buenos Aires", "Cairo", "Canberra", "Caracas", "Colombo", "Copenhagen", "Dakar", "Damascus", "Dhaka", "Doha", "Dublin", "Hanoi",
        "Harare", "Havana", "Helsinki", "Islamabad", "Jakarta", "Jerusalem", "Kabul", "Kampala", "Kathmandu", "Khartoum", "Kiev", "Kyiv",
        "Kinshasa", "Kuala Lumpur", "Lagos", "Lima", "Lisbon", "Ljubljana", "London", "Luanda", "Madrid", "Managua", "Manila", "Mexico City",
        "Minsk", "Mogadishu", "Montevideo", "Moscow", "Muscat", "Nairobi", "New Delhi", "Delhi", "Nicosia", "Oslo", "Ottawa", "Panama City",
        "Paris", "Phnom Penh", "Prague", "Pretoria", "Pyongyang", "Quito", "Rabat", "Reykjavik", "Riga", "Riyadh", "Rome", "Santiago",
        "Sarajevo", "Seoul", "Skopje", "Sofia", "Stockholm", "Taipei", "Tallinn", "Tashkent", "Tbilisi", "Tehran", "Tel Aviv",
        "Tirana", "Tokyo", "Tripoli", "Tunis", "Ulaanbaatar", "Vienna", "Vilnius", "Warsaw", "Wellington", "Yerevan", "Zagreb",
        "Shanghai", "Guangzhou", "Shenzhen", "Chongqing", "Wuhan", "Chengdu", "Tianjin", "Mumbai", "Bombay", "Kolkata", "Chennai",
        "Bangalore", "Bengaluru", "Hyderabad", "Karachi", "Lahore", "Istanbul", "Dubai", "Osaka", "Kyoto", "Yokohama", "Busan", "Sydney",
        "Melbourne", "Brisbane", "Perth", "Auckland", "Toronto", "Montreal", "Vancouver", "Calgary", "Sao Paulo", "Rio de Janeiro",
        "Johannesburg", "Cape Town", "Durban", "Alexandria", "Casablanca", "Marseille", "Lyon", "Barcelona", "Valencia", "Seville",
        "Milan", "Naples", "Turin", "Venice", "Florence", "Munich", "Hamburg", "Frankfurt", "Cologne", "Geneva", "Zurich", "Rotterdam",
        "Antwerp", "Manchester", "Birmingham", "Liverpool", "Leeds", "Glasgow", "Edinburgh", "Belfast", "Cardiff", "Bristol",
        "St. Petersburg", "Kharkiv", "Odessa", "Odesa", "Gdansk", "Krakow", "Surabaya", "Bali", "Ho Chi Minh City", "Saigon",
        "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Jose",
        "Austin", "Jacksonville", "San Francisco", "Columbus", "Fort Worth", "Indianapolis", "Charlotte", "Seattle", "Denver", "Boston",
        "El Paso", "Detroit", "Nashville", "Memphis", "Portland", "Oklahoma City", "Las Vegas", "Louisville", "Baltimore", "Milwaukee",
        "Albuquerque", "Tucson", "Fresno", "Sacramento", "Kansas City", "Atlanta", "Miami", "Raleigh", "Omaha", "Minneapolis", "Tulsa",
        "Cleveland", "Oakland", "Tampa", "New Orleans", "Honolulu", "Anchorage", "Pittsburgh", "Cincinnati", "St. Louis", "Orlando",
        "Buffalo", "Newark", "Richmond", "Salt Lake City", "Montgomery", "Brooklyn", "Manhattan", "Queens", "Bronx",
        "Staten Island", "Long Island", "Silicon Valley", "Hollywood", "Wall Street",
    };

    /// <summary>Nouns that end a place's name: "Chandler Mountain", "Orange County", "Lake Tahoe" begins with one.</summary>
    public static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mountain", "Mountains", "Mt.", "Hills", "River", "Lake", "Sea", "Ocean", "Gulf", "Island", "Islands",
        "Peninsula", "Valley", "Canyon", "Desert", "Forest", "Coast", "Beach", "Harbor", "Harbour", "Creek", "Falls", "County", "Province",
        "Prefecture", "Region", "District", "Township", "Borough", "Parish", "Village", "City", "Town", "Street", "St.", "Avenue", "Ave.",
        "Road", "Rd.", "Boulevard", "Blvd.", "Highway", "Square", "Plaza", "Bridge", "Strait", "Heights",
    };

    /// <summary>Prepositions before a name that make it a place rather than a speaker: "in Ohio", "from Lagos".</summary>
    public static readonly HashSet<string> LocativePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "from", "to", "across", "outside", "inside", "throughout", "toward", "towards", "into", "around", "via",
    };

    private static readonly HashSet<string> FirstWords = FirstWordsOf(Names);

    /// <summary>True when some place of more than one word starts with this word ("New", "San"): only then is a name joined to look it up.</summary>
    public static bool MayStartName(string word) => FirstWords.Contains(word);

    /// <summary><see cref="MayStartName(string)"/> given the word's <see cref="SpeechLexicon.FirstWordHash"/>: most names' first words start no place, and the filter answers for them.</summary>
    public static bool MayStartName(string word, uint hash) => FirstWordHashes.MayContain(hash) && FirstWords.Contains(word);

    private static readonly HashFilter FirstWordHashes = new(SpeechLexicon.Hashes(FirstWords));

    private static HashSet<string> FirstWordsOf(HashSet<string> names)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var space = name.IndexOf(' ');
            if (space > 0)
            {
                words.Add(name.Substring(0, space));
            }
        }

        return words;
    }

    /// <summary>True when a name (its words joined by spaces) is a known place or ends in a place noun.</summary>
    public static bool IsPlace(string name, string lastWord) => Names.Contains(name) || Heads.Contains(lastWord);

    /// <summary><see cref="IsPlace(string, string)"/> for a name as the text writes it, copied only when its hash may be a place's.</summary>
    public static bool IsPlace(string text, Model.TextRange name, string lastWord) =>
        (NameHashes.Contains(SpeechLexicon.CaseInsensitiveHash(text, name.Start, name.Length)) && Names.Contains(name.Of(text))) || Heads.Contains(lastWord);

    /// <summary><see cref="IsPlace(string, Model.TextRange, string)"/> given the last word's <see cref="SpeechLexicon.FirstWordHash"/>, which filters the place nouns.</summary>
    public static bool IsPlace(string text, Model.TextRange name, string lastWord, uint lastWordHash) =>
        (NameHashes.Contains(SpeechLexicon.CaseInsensitiveHash(text, name.Start, name.Length)) && Names.Contains(name.Of(text))) || (HeadHashes.MayContain(lastWordHash) && Heads.Contains(lastWord));

    private static readonly HashSet<uint> NameHashes = SpeechLexicon.PhraseHashes(Names);

    private static readonly HashFilter HeadHashes = new(SpeechLexicon.Hashes(Heads));

    /// <summary>Words that begin a place's name ("Lake Tahoe", "Mount Kenya").</summary>
    public static bool IsPlacePrefix(string word) => word is "Lake" or "Mount";
}
