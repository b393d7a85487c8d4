namespace ArticleModel.Quotes;

/// <summary>The word lists the quote extractor reads. Static, read-only, shared by all threads.</summary>
internal static class QuoteLexicons
{
    /// <summary>Finite forms of verbs of speaking that attribute a quote (<c>X said</c>, <c>said X</c>).</summary>
    public static readonly Lexicon SpeechVerbs = new(
        "say", "says", "said", "add", "adds", "added", "tell", "tells", "told", "ask", "asks", "asked",
        "explain", "explains", "explained", "note", "notes", "noted", "argue", "argues", "argued",
        "insist", "insists", "insisted", "warn", "warns", "warned", "stress", "stresses", "stressed",
        "claim", "claims", "claimed", "write", "writes", "wrote", "declare", "declares", "declared",
        "continue", "continues", "continued", "recall", "recalls", "recalled", "reply", "replies", "replied",
        "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "concede", "concedes", "conceded",
        "suggest", "suggests", "suggested", "urge", "urges", "urged", "announce", "announces", "announced",
        "remarked", "observe", "observes", "observed", "stated",
        "confirm", "confirms", "confirmed", "predict", "predicts", "predicted", "promise", "promises", "promised",
        "joke", "jokes", "joked", "quip", "quips", "quipped", "laugh", "laughs", "laughed", "shout", "shouts", "shouted",
        "whisper", "whispers", "whispered", "recount", "recounts", "recounted", "conclude", "concludes", "concluded",
        "answer", "answers", "answered", "respond", "responds", "responded", "complain", "complains", "complained",
        "boast", "boasts", "boasted", "sigh", "sighs", "sighed", "caution", "cautions", "cautioned",
        "emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized", "maintain", "maintains", "maintained",
        "counter", "counters", "countered", "reiterate", "reiterates", "reiterated", "vow", "vows", "vowed",
        "muse", "muses", "mused", "lament", "laments", "lamented", "testify", "testifies", "testified",
        "tweeted", "posted", "agree", "agrees", "agreed", "add", "explain",
        "demand", "demands", "demanded", "wonder", "wonders", "wondered", "assert", "asserts", "asserted",
        "contend", "contends", "contended", "exclaim", "exclaims", "exclaimed", "reflect", "reflects", "reflected",
        "repeat", "repeats", "repeated", "predicted", "pledge", "pledges", "pledged",
        "point", "points", "pointed", "put", "puts", "report", "reports", "reported", "advise", "advises", "advised",
        "tweet", "tweets", "post", "posts", "weigh", "weighs", "weighed", "chime", "chimes", "chimed", "remind", "reminds", "reminded", "scoff", "scoffs", "scoffed", "retort", "retorts", "retorted",
        "simper", "simpers", "simpered", "gush", "gushes", "gushed", "rave", "raves", "raved", "fume", "fumes", "fumed",
        "gripe", "gripes", "griped", "marvel", "marvels", "marvelled", "marveled", "plead", "pleads", "pleaded",
        "brag", "brags", "bragged", "deadpan", "deadpans", "deadpanned", "tease", "teases", "teased", "grumble", "grumbles",
        "grumbled", "groan", "groans", "groaned", "sneer", "sneers", "sneered", "stammer", "stammers", "stammered",
        "enthuse", "enthuses", "enthused", "opine", "opines", "opined", "texted", "emailed", "e-mailed");

    /// <summary>Speech verbs whose object is the listener (<c>Walden told Recode</c>): the name after them does not speak.</summary>
    public static readonly Lexicon ObjectSpeechVerbs = new("tell", "tells", "told", "telling", "urge", "urges", "urged", "remind", "reminds", "reminded", "assure", "assures", "assured");

    /// <summary>Words that may open a sentence before its subject (<c>But Jerry was …</c>, <c>So she said …</c>).</summary>
    public static readonly Lexicon SentenceConnectives = new(
        "but", "and", "so", "yet", "still", "then", "now", "instead", "meanwhile", "later", "also", "indeed", "however", "today");

    /// <summary>Words opening an indefinite subject (<c>One student said</c>, <c>A neighbour recalled</c>): an unnamed person.</summary>
    public static readonly Lexicon IndefiniteSubjects = new("a", "an", "one", "another");

    /// <summary>Verbs whose subject voices a quoted fragment (<c>X called the talks “…”</c>).</summary>
    public static readonly Lexicon CharacterizationVerbs = new(
        "call", "calls", "called", "calling", "describe", "describes", "described", "describing",
        "dismiss", "dismisses", "dismissed", "dismissing", "label", "labels", "labelled", "labeled", "labelling", "labeling",
        "brand", "brands", "branded", "branding", "term", "terms", "termed", "praise", "praises", "praised", "praising",
        "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "condemn", "condemns", "condemned",
        "hail", "hails", "hailed", "denounce", "denounces", "denounced", "accuse", "accuses", "accused",
        "blame", "blames", "blamed", "welcome", "welcomes", "welcomed", "saying", "adding", "telling", "noting",
        "arguing", "insisting", "warning", "stressing", "claiming", "writing", "declaring", "promising", "vowing",
        "pledging", "urging", "admitting", "conceding", "suggesting", "calling", "characterised", "characterized",
        "characterise", "characterize", "spoke", "spoken", "speaks", "speak", "speaking", "referred", "refers", "referring",
        "likened", "likens", "compared", "compares", "deemed", "deems", "dubbed", "found", "finds", "concluded", "ruled", "rules",
        "condemning", "criticising", "criticizing", "denouncing", "blasting", "slamming", "accusing", "blaming", "praising", "describing");

    /// <summary>Words that may sit between a subject and its speech verb (<c>she later said</c>, <c>he has said</c>).</summary>
    public static readonly Lexicon Auxiliaries = new(
        "also", "later", "then", "has", "had", "have", "was", "is", "were", "are", "would", "will", "once", "again",
        "previously", "recently", "further", "simply", "earlier", "often", "frequently", "reportedly", "subsequently",
        "repeatedly", "flatly", "bluntly", "quickly", "quietly", "finally", "first", "still", "always", "never",
        "even", "just", "had", "did", "does", "do", "has", "might", "may", "could", "should", "can", "shall", "not",
        "now", "both", "all", "too", "herself", "himself", "themselves", "only", "afterwards", "afterward");

    /// <summary>Personal pronouns that can be the subject of an attribution.</summary>
    public static readonly Lexicon Pronouns = new("he", "she", "they");

    /// <summary>Honorifics dropped from names; they tell the person's gender.</summary>
    public static readonly Lexicon MaleHonorifics = new("mr", "mr.", "sir", "lord", "mister", "monsieur", "herr", "señor", "senor");

    /// <summary>Honorifics dropped from names; they tell the person's gender.</summary>
    public static readonly Lexicon FemaleHonorifics = new("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "madam", "madame", "mme", "frau", "señora", "senora", "baroness");

    /// <summary>Gender-neutral honorifics dropped from names.</summary>
    public static readonly Lexicon NeutralHonorifics = new("mx", "mx.", "dr", "dr.", "prof", "prof.");

    /// <summary>Role and title words: the part of <c>Russian Foreign Minister Sergey Lavrov</c> up to the last of these is the role.</summary>
    public static readonly Lexicon Titles = new(
        "minister", "president", "secretary", "chancellor", "senator", "sen.", "representative", "rep.", "governor", "gov.",
        "mayor", "general", "gen.", "colonel", "col.", "captain", "capt.", "coach", "director", "chief", "chair", "chairman",
        "chairwoman", "chairperson", "ceo", "cfo", "coo", "cto", "officer", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "judge", "justice", "professor", "detective", "inspector", "sergeant", "sgt.", "lieutenant", "lt.",
        "commissioner", "councillor", "councilor", "councilman", "councilwoman", "superintendent", "supt.", "manager", "editor",
        "pope", "king", "queen", "prince", "princess", "archbishop", "bishop", "rev.", "reverend", "mp", "mep", "msp",
        "speaker", "leader", "founder", "cofounder", "co-founder", "owner", "head", "executive", "president-elect", "premier",
        "attorney", "lawyer", "economist", "analyst", "striker", "midfielder", "defender", "goalkeeper", "forward",
        "quarterback", "pitcher", "skipper", "boss", "principal", "headteacher", "headmaster", "headmistress", "teacher",
        "nurse", "constable", "pc", "det.", "insp.", "chef", "author", "co-author", "coauthor", "novelist", "researcher", "scientist", "curator",
        "activist", "organiser", "organizer", "trustee", "treasurer", "dean", "provost", "rabbi", "imam", "pastor", "vicar",
        "emir", "sheikh", "sultan", "spokesmen", "adviser", "advisor", "aide", "negotiator", "envoy", "diplomat",
        "physician", "surgeon", "doctor", "dr.", "prof.", "official", "strategist", "partner", "founder", "player",
        "winger", "batter", "bowler", "opener", "jockey", "trainer", "driver", "rider", "champion", "candidate",
        "campaigner", "consultant", "historian", "commander", "admiral", "marshal", "sheriff", "deputy", "trooper", "vice-president",
        "vice-chair", "farmer", "baker", "landlord", "resident", "shopkeeper", "publican", "architect", "engineer",
        "planner", "clerk", "registrar", "economist", "columnist", "correspondent", "reporter", "presenter", "host",
        "producer", "conductor", "composer", "singer", "guitarist", "drummer", "actor", "actress", "artist", "poet",
        "chairs", "secretary-general", "director-general", "attorney-general", "solicitor-general", "physicist", "biologist",
        "chemist", "epidemiologist", "psychologist", "therapist", "psychotherapist", "counsellor", "counselor", "sociologist", "lecturer", "fellow", "student", "volunteer", "worker",
        "owner-operator", "guard", "center", "centre", "fullback", "full-back", "fly-half", "scrum-half", "flanker", "batsman",
        "catcher", "shortstop", "linebacker", "receiver", "rookie", "veteran", "vice-chancellor", "pro-vice-chancellor", "governor-general",
        "gm", "vp", "svp", "evp", "md", "cmo", "cio", "cso", "lt.", "lt", "maj.", "cpl.", "corporal", "pvt.",
        "cmdr.", "cmdr", "col", "gen", "maj", "sgt", "capt", "cpl", "pvt", "adm", "brig", "commodore", "member", "brig.", "brigadier", "adm.", "rep", "sen", "gov", "amb.", "atty.", "supt", "chmn.", "pres.");

    /// <summary>Words that make a capitalised run an organisation or place rather than a person.</summary>
    public static readonly Lexicon OrganisationWords = new(
        "ministry", "department", "council", "union", "agency", "news", "party", "bank", "group", "inc", "inc.", "corp",
        "corp.", "ltd", "ltd.", "plc", "llc", "committee", "association", "club", "university", "college", "school",
        "institute", "foundation", "office", "service", "services", "police", "court", "commission", "parliament",
        "congress", "senate", "house", "assembly", "government", "administration", "times", "post", "journal", "press",
        "company", "co.", "authority", "board", "organisation", "organization", "federation", "league", "society",
        "trust", "fund", "centre", "center", "hospital", "airport", "station", "street", "road", "city", "county",
        "state", "states", "republic", "kingdom", "nations", "forces", "army", "navy", "command", "fc", "united",
        "network", "television", "radio", "tv", "magazine", "gazette", "herald", "tribune", "daily", "weekly", "online",
        "airlines", "airways", "motors", "systems", "technologies", "partners", "holdings", "capital", "energy",
        "health", "nhs", "bureau", "directorate", "secretariat", "cabinet", "embassy", "consulate", "church",
        "cathedral", "museum", "gallery", "theatre", "theater", "library", "square", "avenue",
        "river", "valley", "island", "islands", "mountains", "sea", "ocean", "coalition", "alliance",
        "movement", "front", "brigade", "council's", "kremlin", "pentagon", "whitehall", "downing", "tass", "reuters",
        "ap", "afp", "bbc", "cnn", "nbc", "abc", "cbs", "itv", "npr", "europe", "african", "american", "european",
        "county's", "borough", "district", "region", "province", "prefecture", "valley", "estate", "market", "mall",
        "stadium", "arena", "olympics", "cup", "championship", "tournament", "prix", "festival", "summit", "conference",
        "treaty", "accord");

    /// <summary>
    /// Capitalised words that start sentences or name days and months, never part of a person's name.
    /// </summary>
    public static readonly Lexicon NonNameWords = new(
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "in", "on", "at", "by", "for", "from",
        "with", "without", "as", "after", "before", "during", "while", "when", "where", "why", "how", "what", "who",
        "whom", "whose", "which", "but", "and", "or", "nor", "so", "yet", "if", "although", "though", "because", "since",
        "until", "meanwhile", "however", "still", "also", "then", "now", "later", "earlier", "asked", "speaking",
        "according", "his", "her", "their", "our", "my", "your", "we", "i", "you", "he", "she", "they", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
        "sept.", "sep.", "oct.", "nov.", "dec.", "today", "yesterday", "tomorrow", "last", "next", "once", "some",
        "many", "most", "all", "both", "each", "every", "no", "not", "there", "here", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "few", "several", "such", "other", "another", "over", "under",
        "despite", "instead", "indeed", "like", "unlike", "among", "between", "through", "into", "about", "against",
        "even", "only", "just", "more", "less", "first", "second", "third", "finally", "overall", "again", "yes",
        "thanks", "thank", "please", "sources", "officials", "police", "critics", "supporters", "residents", "experts",
        "analysts", "reporters", "people", "nobody", "everyone", "someone", "anyone", "neither", "either", "whether",
        "ago", "soon", "already", "recently", "currently", "instead", "rather", "perhaps", "maybe", "there's",
        "what's", "that's", "he's", "she's", "they're", "we're", "i'm", "don't", "can't", "won't", "q", "a:", "q:",
        "dear", "hello", "oh", "well", "ok", "okay", "mr", "mrs", "ms", "dr", "spring", "summer", "autumn", "winter",
        "christmas", "easter", "new", "year's", "eve", "nonetheless", "nevertheless", "moreover", "furthermore", "additionally",
        "likewise", "otherwise", "regardless", "anyway", "thus", "hence", "therefore", "besides", "ultimately", "still",
        // plural time nouns opening a sentence (Years later, Stone …; Hours after the vote, …)
        "years", "months", "weeks", "days", "hours", "minutes", "moments", "decades",
        // sentence openers that are prepositions or the infinitive's “to” (To my surprise, …: “…”; Amid the noise, …)
        "to", "of", "upon", "amid", "amidst", "toward", "towards", "via", "across", "around", "beyond", "behind", "within",
        "throughout", "whilst", "whereas", "unless");

    /// <summary>
    /// First parts of hyphenated modifiers (<c>Under-fire</c>, <c>Out-of-form</c>, <c>Anti-war</c>, <c>Ex-champion</c>): a
    /// capitalised word made of one of these, a hyphen and a lower-case part describes the name after it, not a name.
    /// </summary>
    public static readonly Lexicon HyphenModifierHeads = new(
        "under", "over", "out", "off", "on", "in", "non", "anti", "pro", "post", "pre", "self", "well", "ill", "all", "ever",
        "never", "half", "semi", "mid", "ex", "once", "long", "short", "hard", "much", "high", "low", "big", "top", "hot",
        "cash", "soon", "now", "then", "would", "so", "record", "world");

    /// <summary>Particles that may sit inside a name (<c>Ludwig van Beethoven</c>, <c>Erik ten Hag</c>).</summary>
    public static readonly Lexicon NameParticles = new(
        "de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "ten", "ter", "bin", "bint", "al", "el",
        "la", "le", "dos", "das", "y", "ibn", "af", "zu", "st.", "mac", "o'", "ben");

    /// <summary>Cue words right before a quoted phrase that mark it as a name, title or scare quote, not speech.</summary>
    public static readonly Lexicon NamingCues = new(
        "so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "itself", "themselves", "himself", "herself",
        "word", "words", "term", "phrase", "headline", "slogan", "hashtag", "motto", "book", "novel", "memoir", "film",
        "movie", "album", "song", "single", "track", "play", "musical", "show", "series", "podcast", "documentary",
        "column", "essay", "poem", "painting", "exhibition", "campaign", "operation", "programme", "program",
        "initiative", "brand", "label", "band", "sign", "signs", "banner", "banners", "placard", "placards",
        "tagline", "catchphrase", "mantra", "nickname", "moniker", "known", "marked", "reading", "read", "labelled",
        "labeled", "branded", "christened", "styled", "billed", "chant", "chanting", "chanted", "chants", "anthem",
        "opera", "ballet", "sitcom", "episode", "chapter", "game", "app", "restaurant", "shop", "cafe", "café", "bar",
        "pub", "boat", "ship", "horse", "dog", "cat", "code", "codenamed", "code-named");

    /// <summary>Determiners before a one-word quoted phrase (<c>the “experts”</c>) that make it a scare quote.</summary>
    public static readonly Lexicon Determiners = new(
        "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our", "my", "your", "so-called",
        "any", "some", "such", "no");

    /// <summary>Abbreviations that keep their full stop (they do not end a sentence).</summary>
    public static readonly Lexicon Abbreviations = new(
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "st", "jr", "sr", "rev", "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb",
        "aug", "sept", "sep", "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e", "etc", "det", "insp", "supt", "supt",
        "ft", "mt", "messrs", "hon", "est", "approx", "dept", "univ", "assn", "bros", "d.c", "n.y", "l.a");

    /// <summary>Nouns for groups; <c>they said</c> after one of these as subject refers to the group, not a person.</summary>
    public static readonly Lexicon GroupNouns = new(
        "officials", "police", "residents", "critics", "supporters", "experts", "analysts", "organisers", "organizers",
        "authorities", "investigators", "prosecutors", "lawyers", "doctors", "scientists", "researchers", "workers",
        "members", "protesters", "campaigners", "parents", "teachers", "students", "fans", "players", "economists",
        "sources", "diplomats", "witnesses", "neighbours", "neighbors", "locals", "volunteers", "villagers", "voters",
        "executives", "leaders", "ministers", "senators", "lawmakers", "mps", "councillors", "staff", "owners",
        "farmers", "traders", "shoppers", "commuters", "passengers", "families", "activists", "unions", "officers",
        "firefighters", "paramedics", "nurses", "negotiators", "inspectors", "auditors", "regulators", "observers", "jurors",
        "judges", "monitors", "investigators", "engineers", "pupils", "tenants", "shareholders", "both", "others", "many", "some", "people");

    /// <summary>Elided words written with a leading apostrophe (<c>’em</c>, <c>’til</c>, <c>rock ’n’ roll</c>).</summary>
    public static readonly Lexicon Elisions = new(
        "n", "em", "til", "tis", "twas", "cause", "bout", "nuff", "cos", "coz", "neath", "tween", "fraid");

    /// <summary>Common English given names known to be male; a small aid for pronoun resolution.</summary>
    public static readonly Lexicon MaleNames = new(
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
        "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
        "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
        "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond",
        "alexander", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "henry", "adam", "douglas", "nathan",
        "peter", "zachary", "kyle", "walter", "harold", "jeremy", "ethan", "carl", "keith", "roger", "gerald", "christian",
        "terry", "sean", "arthur", "austin", "noah", "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert",
        "dylan", "bruce", "willie", "gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene", "randy",
        "vincent", "russell", "louis", "philip", "bobby", "johnny", "bradley", "oliver", "harry", "charlie", "tom",
        "ben", "sam", "dave", "mike", "jim", "bill", "bob", "steve", "tony", "nick", "chris", "matt", "dan", "ian",
        "neil", "graham", "colin", "nigel", "simon", "martin", "hugh", "rhys", "owen", "gareth", "callum", "liam",
        "connor", "declan", "sergey", "sergei", "vladimir", "dmitry", "dmitri", "ivan", "alexei", "mikhail", "boris",
        "igor", "oleg", "andrei", "yuri", "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan", "hussein", "khalid",
        "ibrahim", "yusuf", "carlos", "luis", "miguel", "pedro", "diego", "javier", "antonio", "francisco", "manuel",
        "pierre", "jean", "jacques", "francois", "françois", "emmanuel", "hans", "klaus", "jurgen", "jürgen", "wolfgang",
        "olaf", "friedrich", "giuseppe", "giovanni", "marco", "luca", "matteo", "hiroshi", "kenji", "takeshi", "wei",
        "raj", "rahul", "amit", "arjun", "vikram", "chidi", "emeka", "kwame", "kofi", "tunde", "oluwaseun", "jamal",
        "darnell", "marcus", "malik", "andre", "tariq", "rashid", "erik", "lars", "sven", "nils", "magnus", "pablo",
        "rafael", "mateo", "tomas", "tomasz", "piotr", "pavel", "jan", "stefan", "viktor", "volodymyr", "fyodor");

    /// <summary>Common English given names known to be female; a small aid for pronoun resolution.</summary>
    public static readonly Lexicon FemaleNames = new(
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine",
        "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie",
        "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl",
        "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice",
        "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn",
        "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
        "rose", "alexis", "kayla", "sophie", "chloe", "lucy", "ellie", "jess", "kate", "katie", "claire", "fiona",
        "siobhan", "niamh", "aoife", "bronwen", "sian", "rhiannon", "nadia", "natasha", "olga", "svetlana", "irina",
        "tatiana", "yulia", "anastasia", "elena", "ekaterina", "maria", "fatima", "aisha", "layla", "leila", "zainab",
        "amina", "mariam", "yasmin", "carmen", "lucia", "sofia", "isabel", "ana", "camila", "valentina", "marta",
        "claudia", "ingrid", "astrid", "greta", "heidi", "ursula", "angela", "annalena", "marine", "ségolène",
        "giulia", "francesca", "chiara", "yuki", "keiko", "mei", "priya", "ananya", "deepa", "sunita", "ngozi",
        "chioma", "adaeze", "amara", "folake", "abena", "ama", "keisha", "latoya", "tamika", "imani", "aaliyah",
        "agnieszka", "katarzyna", "magdalena", "eva", "jane", "joanna", "harriet", "beatrice", "eleanor", "georgia",
        "holly", "poppy", "molly", "freya", "isla", "ava", "mia", "zoe", "ruby", "priscilla", "gwen", "gwendolyn",
        "kamala", "hillary", "nikki", "ursula", "theresa", "liz");

    /// <summary>Lower-case words that may precede a title inside a role (<c>former prime minister</c>).</summary>
    public static readonly Lexicon RoleModifiers = new(
        "former", "then", "acting", "interim", "deputy", "assistant", "senior", "junior", "chief", "vice", "foreign",
        "prime", "general", "executive", "national", "press", "team", "club", "party", "shadow", "state", "lead", "head",
        "managing", "finance", "defence", "defense", "health", "education", "home", "interior", "trade", "economy",
        "transport", "environment", "energy", "culture", "sports", "local", "regional", "county", "city", "district",
        "fire", "area", "company", "firm", "community", "campaign", "union", "news", "policy", "research",
        "communications", "marketing", "operations", "technology", "legal", "medical", "political", "security", "public",
        "first", "second", "longtime", "long-time", "veteran", "retired", "outgoing", "incoming", "new", "current",
        "founding", "principal", "associate", "lead", "team's", "club's", "party's", "company's", "government's",
        "city's", "school's", "council's", "foreign-policy", "economic", "political", "senior", "top", "chief",
        "independent", "conservative", "labour", "democratic", "republican", "democrat", "tory", "socialist", "liberal", "green", "opposition",
        "festival", "museum", "hospital", "university", "police", "bakery", "restaurant", "shop", "store", "cafe",
        "football", "rugby", "cricket", "basketball", "baseball", "tennis", "hockey", "soccer", "youth", "women's", "men's",
        "house", "world", "market", "bank", "central", "federal", "provincial", "municipal", "school", "parish", "town",
        "village", "parks", "planning", "housing", "transit", "water", "climate", "science", "data", "software", "editor");

    /// <summary>Legal suffixes of company names: <c>Apple Inc.</c> is later just <c>Apple</c>.</summary>
    public static readonly Lexicon LegalSuffixes = new(
        "inc", "inc.", "co", "co.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "llc", "ag", "sa", "gmbh", "nv", "llp");

    /// <summary>Head nouns of <c>the company said</c>: the phrase stands for the organisation named just before.</summary>
    public static readonly Lexicon OrganisationNouns = new(
        "company", "firm", "bank", "agency", "carrier", "airline", "retailer", "automaker", "carmaker", "manufacturer",
        "maker", "insurer", "lender", "startup", "business", "corporation", "conglomerate", "network", "studio",
        "publisher", "broadcaster", "utility", "operator", "regulator", "watchdog", "charity", "nonprofit", "ministry",
        "department", "organisation", "organization", "union", "league", "club", "university", "school", "hospital",
        "institute", "foundation", "council", "commission", "committee", "board", "fed", "giant", "chain", "brand");

    /// <summary>
    /// Words that say what kind of organisation a definite phrase means (<c>the central bank</c>, <c>the parent company</c>),
    /// so it still refers back to the organisation last named, unlike a body of its own (<c>the state agriculture department</c>).
    /// </summary>
    public static readonly Lexicon OrganisationKindWords = new(
        "central", "parent", "investment", "tech", "technology", "oil", "drug", "software", "chip", "media", "mining",
        "insurance", "energy", "retail", "car", "auto", "financial", "state-owned", "state-run", "holding", "airline");

    /// <summary>Role nouns that say a person is a woman (<c>the actress said</c> means the woman last named).</summary>
    public static readonly Lexicon FemaleRoleNouns = new(
        "actress", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "sportswoman", "waitress",
        "mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "queen", "princess", "duchess", "widow",
        "heiress", "hostess", "songstress", "matriarch", "mum", "mom", "girlfriend");

    /// <summary>Role nouns that say a person is a man (<c>says the son</c> means the man last named).</summary>
    public static readonly Lexicon MaleRoleNouns = new(
        "spokesman", "chairman", "congressman", "businessman", "councilman", "sportsman", "father", "husband", "son",
        "brother", "grandfather", "uncle", "nephew", "king", "prince", "duke", "widower", "patriarch", "dad", "boyfriend");

    /// <summary>Relatives and companions named after a possessive (<c>Voss’s brother Anton</c>, <c>her friend Mara</c>): the noun is the role.</summary>
    public static readonly Lexicon KinNouns = new(
        "brother", "sister", "father", "mother", "son", "daughter", "wife", "husband", "uncle", "aunt", "cousin", "nephew", "niece",
        "grandson", "granddaughter", "grandfather", "grandmother", "grandma", "grandpa", "widow", "widower", "stepfather",
        "stepmother", "stepson", "stepdaughter", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law",
        "father-in-law", "mother-in-law", "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "friend",
        "mum", "mom", "dad", "twin", "half-brother", "half-sister");

    /// <summary>Possessive determiners (<c>his brother Anton</c>).</summary>
    public static readonly Lexicon PossessiveDeterminers = new("his", "her", "their", "my", "our", "your", "its");

    /// <summary>Who speaks for an organisation: <c>a spokesperson for X</c> makes X the speaker.</summary>
    public static readonly Lexicon Spokespeople = new(
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen", "representative", "representatives");

    /// <summary>Month names: capitalised non-name words that may still be a surname after a given name (<c>Theresa May</c>).</summary>
    public static readonly Lexicon Months = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /// <summary>Title words that are also common surnames (<c>Tom Baker</c>); a surname when they end a name.</summary>
    public static readonly Lexicon SurnameTitles = new(
        "baker", "farmer", "driver", "host", "fellow", "partner", "player", "rider", "singer", "dean", "marshal", "head",
        "clerk", "guard", "trainer", "teacher", "porter", "chef", "constable", "bishop", "king", "judge", "speaker",
        "mayor", "sheriff", "forward", "nurse", "doctor", "cook", "carter", "knight", "prince", "pope", "chancellor", "chambers");
}
