using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// Common given names by the gender they usually carry, from many languages of the news (English, Spanish,
/// French, German, Italian, Arabic, Slavic, Chinese and Indian forms). A name in both lists is left out of both: it
/// then says nothing about a pronoun. Data, not logic; matching ignores case.
/// </summary>
internal static class FirstNameLexicon
{
    private static readonly string[] Female =
    {
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty",
        "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol", "Amanda", "Melissa", "Deborah",
        "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma",
        "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather",
        "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan", "Evelyn", "Judith",
        "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Anne", "Sara", "Madison", "Frances",
        "Kathryn", "Janice", "Jean", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle",
        "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie", "Kayla", "Alexis", "Lori", "Tiffany",
        "Jane", "Ellen", "Wendy", "Tina", "Tracy", "Dawn", "Rose", "Lily", "Chloe", "Zoe", "Ella", "Ava", "Mia", "Lucy", "Ruby",
        "Holly", "Claire", "Clare", "Caroline", "Jill", "Joanne", "Jo", "Kate", "Katie", "Kathy", "Kim", "Leslie", "Lynn", "Monica",
        "Nora", "Paula", "Peggy", "Rita", "Robin", "Sally", "Sheila", "Stacy", "Sylvia", "Valerie", "Vanessa", "Yvonne", "Irene", "Erin",
        "Erica", "Fiona", "Gillian", "Harriet", "Hillary", "Hilary", "Ingrid", "Iris", "Jade", "Jasmine", "Jenny", "Josephine", "Joy",
        "Julia", "Juliet", "Karin", "Katrin", "Laurie", "Leah", "Lydia", "Mandy", "Margo", "Marianne", "Marion", "Maya", "Molly", "Naomi",
        "Nina", "Olga", "Pauline", "Penny", "Phoebe", "Priscilla", "Rosa", "Rosemary", "Sonia", "Sophie", "Stella", "Susanne", "Tamara",
        "Tanya", "Tara", "Vera", "Violet", "Wanda", "Yolanda", "Carmen", "Lucia", "Elena", "Isabel", "Ana", "Sofia", "Camila", "Valentina",
        "Gabriela", "Daniela", "Paola", "Mariana", "Adriana", "Beatriz", "Pilar", "Dolores", "Guadalupe", "Francesca", "Giulia", "Chiara",
        "Alessandra", "Silvia", "Monique", "Nathalie", "Sylvie", "Isabelle", "Camille", "Brigitte", "Chantal", "Mathilde", "Ursula",
        "Heike", "Sabine", "Birgit", "Petra", "Greta", "Astrid", "Annika", "Ingeborg", "Anastasia", "Natalia", "Svetlana",
        "Tatiana", "Irina", "Yulia", "Ekaterina", "Oksana", "Agnieszka", "Fatima", "Aisha", "Amina", "Layla", "Leila", "Mariam", "Maryam",
        "Noor", "Zainab", "Yasmin", "Priya", "Sunita", "Anita", "Deepa", "Pooja", "Lakshmi", "Indira", "Mei", "Xiaoling", "Yuko", "Keiko",
        "Yuki", "Hana", "Min-ji", "Jacinda", "Kamala", "Nikki", "Marjorie", "Michele", "Sherry", "Terri", "Connie",
        "Bonnie", "Gail", "Geraldine", "Lois", "Loretta", "Norma", "Elaine", "Eileen", "Edith", "Ethel", "Esther", "Florence", "Gwen",
        "Hazel", "Jocelyn", "Kristen", "Kristin", "Krista", "Lindsay", "Lindsey", "Meredith", "Miranda", "Natasha", "Rebekah", "Shannon",
        "Sierra", "Whitney", "Brooke", "Courtney", "Haley", "Heidi", "Jamie", "Kara", "Kendra", "Latoya", "Tanisha", "Keisha",
        "Ebony", "Shanice", "Beyonce", "Oprah", "Serena", "Venus", "Alexandra", "Ariana", "Gwyneth", "Scarlett", "Nadia", "Nadine", "Lana",
        "Dana", "Judi", "Marla", "Roxanne", "Suzanne", "Lorraine", "Bernadette", "Colleen", "Maureen", "Siobhan", "Aoife", "Niamh",
        "Mairead", "Bridget", "Eleanor", "Margot", "Agnes", "Cecilia", "Clara", "Eva", "Ida", "Lena", "Liv", "Maja", "Sigrid", "Solveig",
        "Sydney", "Chelsea", "Savannah", "Regina", "Adelaide", "Aurora",
    };

    private static readonly string[] Male =
    {
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Steve", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George",
        "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry",
        "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis",
        "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Noah", "Ethan", "Jeremy",
        "Walter", "Christian", "Keith", "Roger", "Terry", "Austin", "Sean", "Gerald", "Carl", "Harold", "Dylan", "Arthur", "Lawrence",
        "Jordan", "Jesse", "Bryan", "Billy", "Bruce", "Gabriel", "Joe", "Logan", "Albert", "Willie", "Alan", "Eugene", "Russell",
        "Vincent", "Philip", "Phillip", "Bobby", "Johnny", "Bradley", "Roy", "Ralph", "Louis", "Randy", "Wayne", "Howard", "Fred",
        "Todd", "Tom", "Tim", "Jim", "Bob", "Bill", "Mike", "Dave", "Dan", "Ben", "Sam", "Nick", "Matt", "Chris", "Tony", "Ted", "Ed",
        "Max", "Leo", "Luke", "Oliver", "Harry", "Charlie", "Oscar", "Hugh", "Ian", "Neil", "Nigel", "Graham", "Colin", "Gordon", "Rupert",
        "Simon", "Stuart", "Trevor", "Barry", "Martin", "Malcolm", "Duncan", "Angus", "Alistair", "Boris", "Rishi", "Keir", "Liam",
        "Connor", "Declan", "Eamon", "Seamus", "Brendan", "Kieran", "Owen", "Gareth", "Rhys", "Dafydd", "Clive", "Derek", "Geoffrey",
        "Jeff", "Greg", "Craig", "Glenn", "Dean", "Earl", "Ernest", "Floyd", "Francis", "Glen", "Herbert", "Jay", "Joel", "Karl", "Kurt",
        "Lee", "Leon", "Lloyd", "Marcus", "Mario", "Marvin", "Maurice", "Melvin", "Mitchell", "Neal", "Norman", "Otis", "Perry", "Ray",
        "Rex", "Ricky", "Rodney", "Ross", "Seth", "Shane", "Stanley", "Tommy", "Travis", "Troy", "Vernon", "Victor", "Wade", "Warren",
        "Wesley", "Xavier", "Antony", "Barack", "Mitch", "Chuck", "Newt", "Rand", "Marco", "Lindsey", "Rahm", "Bernie",
        "Carlos", "Juan", "Luis", "Jorge", "Miguel", "Pedro", "Manuel", "Javier", "Alejandro", "Diego", "Fernando", "Ricardo", "Rafael",
        "Francisco", "Antonio", "Sergio", "Andres", "Pablo", "Raul", "Eduardo", "Enrique", "Gustavo", "Hector", "Ignacio", "Jaime",
        "Joaquin", "Julio", "Mauricio", "Ramon", "Roberto", "Santiago", "Tomas", "Vicente", "Giuseppe", "Giovanni", "Luca", "Matteo", "Paolo", "Pietro", "Salvatore", "Silvio", "Jean", "Pierre", "Jacques", "Michel", "Philippe", "Alain",
        "Bernard", "Christophe", "Emmanuel", "Francois", "Laurent", "Nicolas", "Olivier", "Thierry", "Yves", "Hans", "Klaus", "Jurgen",
        "Wolfgang", "Helmut", "Gerhard", "Friedrich", "Heinrich", "Olaf", "Dieter", "Uwe", "Sven", "Lars", "Nils", "Erik", "Anders",
        "Magnus", "Bjorn", "Vladimir", "Dmitry", "Sergei", "Sergey", "Alexei", "Alexey", "Ivan", "Igor", "Nikolai", "Mikhail", "Yuri",
        "Andrei", "Oleg", "Viktor", "Volodymyr", "Petro", "Mohammed", "Muhammad", "Mohammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein",
        "Omar", "Khalid", "Abdullah", "Ibrahim", "Mustafa", "Youssef", "Yusuf", "Tariq", "Karim", "Rashid", "Salman", "Recep", "Naftali", "Yair", "Moshe", "Yitzhak", "Raj", "Rahul", "Narendra", "Amit", "Sanjay", "Vijay", "Arjun", "Ravi", "Anil", "Sunil",
        "Xi", "Wei", "Jian", "Ming", "Hiroshi", "Takeshi", "Shinzo", "Fumio", "Kenji", "Akira", "Jae-in", "Moon", "Kim", "Elon",
        "Jamie", "Tiger", "Kobe", "LeBron", "Drew", "Peyton", "Dick", "Rick", "Ron", "Don",
        "Hank", "Herb", "Stan", "Vince", "Abraham", "Isaac", "Jared", "Levi", "Caleb", "Gideon", "Elijah", "Ezra",
        "Jonah", "Micah", "Nathaniel", "Tobias", "Felix", "Hugo", "Julian", "Jules", "Lucas", "Mathias", "Rene", "Andre", "Guy", "Ivo",
        "Chad", "Israel", "Lincoln", "Quincy",
    };

    /// <summary>Names that both lists would claim ("Jean", "Kim", "Jamie", "Lindsey"): no gender.</summary>
    private static readonly Dictionary<string, NameGender> Genders = Build();

    /// <summary>The gender a first name usually carries, or unknown.</summary>
    public static NameGender GenderOf(string name) => Genders.TryGetValue(name, out var gender) ? gender : NameGender.Unknown;

    /// <summary>True when a word is a common given name of either gender.</summary>
    public static bool IsFirstName(string name) => Genders.ContainsKey(name);

    /// <summary><see cref="IsFirstName(string)"/> given the name's <see cref="SpeechLexicon.FirstWordHash"/>: most capitalised words are no given name, and the filter answers for them.</summary>
    public static bool IsFirstName(string name, uint hash) => GivenNameHashes.MayContain(hash) && Genders.ContainsKey(name);

    private static readonly HashFilter GivenNameHashes = new(SpeechLexicon.Hashes(Genders.Keys));

    private static Dictionary<string, NameGender> Build()
    {
        var genders = new Dictionary<string, NameGender>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Female)
        {
            genders[name] = NameGender.Female;
        }

        foreach (var name in Male)
        {
            genders[name] = genders.TryGetValue(name, out var already) && already != NameGender.Male ? NameGender.Unknown : NameGender.Male;
        }

        return genders;
    }
}
