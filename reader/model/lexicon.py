"""Word lists for quote attribution: reporting verbs, pronouns, roles.

Kept apart from the rules so that adding a verb or a role never touches logic.
"""

from __future__ import annotations

# fmt: off
REPORTING_VERBS_EN = frozenset((
    "said", "says", "say", "saying", "added", "adds", "noted", "notes", "stressed", "stresses",
    "emphasized", "emphasised", "emphasizes", "emphasises", "told", "tells", "explained",
    "explains", "wrote", "writes", "warned", "warns", "asked", "asks", "insisted", "insists",
    "recalled", "recalls", "reported", "reports", "stated", "states", "declared", "declares",
    "announced", "announces", "claimed", "claims", "argued", "argues", "continued", "continues",
    "replied", "replies", "answered", "answers", "commented", "comments", "concluded",
    "concludes", "admitted", "admits", "acknowledged", "acknowledges", "urged", "urges",
    "suggested", "suggests", "tweeted", "posted", "supplemented", "assured", "assures",
    "promised", "promises", "confirmed", "confirms", "denied", "denies", "responded",
    "responds", "cautioned", "cautions", "remarked", "remarks", "observed", "observes", "joked",
    "jokes", "complained", "complains", "predicted", "predicts", "vowed", "vows", "shouted",
    "agreed", "agrees", "objected", "underlined", "underlines", "underscored", "underscores",
    "highlighted", "highlights", "repeated", "repeats", "reiterated", "reiterates",
    "clarified", "clarifies", "specified", "mentioned", "mentions", "wondered", "wonders",
    "quipped", "conceded", "concedes", "countered", "retorted", "lamented", "laments",
    "boasted", "testified", "recounted", "recounts", "described", "describes", "believes",
    "thinks", "went", "pointed", "summed", "wrote", "posted", "tweeted", "shared", "insisted",
    "cried", "whispered", "sighed", "smiled", "laughed", "exclaimed", "demanded", "pleaded",
    "begged", "recalled", "reckons", "reckoned", "mused", "stressed", "accused", "accuses",
    "called", "calls", "criticised", "criticized", "criticises", "criticizes", "condemned",
    "praised", "welcomed", "dismissed", "labelled", "labeled", "branded", "hailed",
    "promised", "warned", "questioned", "estimated", "forecast", "replied", "answered",
    "telling", "adding", "noting", "arguing", "asking", "warning", "insisting", "explaining",
    "writing", "declaring", "claiming", "calling", "stressing", "predicting", "vowing",
    "urging", "acknowledging", "recalling", "announcing", "tweeting", "joking",
    "proclaimed", "proclaims", "scoffed", "beamed", "pledged", "pledges", "charged", "points",
    "shot",
    "asserted", "asserts", "contended", "contends", "maintained", "maintains", "reasoned",
    "remembered", "remembers", "marveled", "marvelled", "groused", "griped", "fumed", "snapped",
    "barked", "yelled", "screamed", "thundered", "bragged", "teased", "implored", "swore",
    "confessed", "protested", "disagreed", "speculated", "interjected", "chimed", "fired",
    "explaining", "saying", "says", "writes",
    "proposed", "proposes", "touted", "touts", "decried", "decries", "cracked", "citing",
    "promising", "describing", "accusing", "criticizing", "criticising", "praising",
    "demanding", "blaming", "dismissing", "calling", "expressed", "opined", "opines",
    "put", "puts",  # with "it" only: "as Vulture put it,"
    "confided", "elaborated", "riffed", "exhorted", "reacted", "cited", "cites", "referenced",
    "lauded", "blasted", "slammed", "challenged", "revealed",
))
REPORTING_VERBS_UK = frozenset((
    "сказав", "сказала", "сказали", "каже", "кажуть", "заявив", "заявила", "заявили", "заявляє",
    "додав", "додала", "додали", "зазначив", "зазначила", "зазначили", "зазначає", "наголосив",
    "наголосила", "наголосили", "наголошує", "підкреслив", "підкреслила", "підкреслили",
    "пояснив", "пояснила", "пояснили", "написав", "написала", "написали", "пише", "повідомив",
    "повідомила", "повідомили", "повідомляє", "розповів", "розповіла", "розповіли",
    "розповідає", "говорить", "відповів", "відповіла", "відповіли", "вважає", "запевнив",
    "запевнила", "нагадав", "нагадала", "зауважив", "зауважила", "уточнив", "уточнила",
    "визнав", "визнала", "спитав", "спитала", "запитав", "запитала", "заявляв", "казав",
    "казала", "переконаний", "переконана", "назвав", "назвала", "назвали", "розкритикував",
    "розкритикувала", "закликав", "закликала", "пообіцяв", "пообіцяла", "попередив",
    "попередила", "підтвердив", "підтвердила", "відзначив", "відзначила", "констатував",
    "констатувала", "вважають", "кажe", "прокоментував", "прокоментувала",
))
# fmt: on
REPORTING_VERBS = REPORTING_VERBS_EN | REPORTING_VERBS_UK
# "went on", "pointed out", "summed up": the verb only counts with its particle.
PHRASAL_PARTICLES = {
    "went": "on", "pointed": "out", "points": "out", "summed": "up", "chimed": "in",
    "fired": "back", "shot": "back", "put": "it", "puts": "it",
}  # fmt: skip

PRONOUNS = frozenset(("he", "she", "він", "вона"))
PLURAL_PRONOUNS = frozenset(("they", "we", "it", "i", "you", "вони", "ми", "воно", "я"))

# fmt: off
ROLE_NOUNS = frozenset((
    "president", "vice-president", "prime", "minister", "secretary", "general", "chairman",
    "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "head", "director",
    "ceo", "chief", "mayor", "governor", "commander", "senator", "ambassador", "adviser",
    "advisor", "deputy", "official", "officer", "analyst", "expert", "professor", "researcher",
    "economist", "lawyer", "attorney", "judge", "prosecutor", "chancellor", "king", "queen",
    "prince", "envoy", "representative", "speaker", "leader", "founder", "manager", "editor",
    "correspondent", "colonel", "admiral", "captain", "lieutenant", "sergeant", "doctor", "dr",
    "mr", "mrs", "ms", "pope", "bishop", "commissioner", "ombudsman", "candidate", "mp",
    "congressman", "congresswoman", "activist", "witness", "resident", "survivor", "soldier",
    "volunteer", "coach", "member", "scientist", "author", "councillor", "councilor", "mayor",
    "secretary-general", "premier", "boss", "owner", "teacher", "nurse", "farmer", "engineer",
    "historian", "politician", "diplomat", "negotiator", "chairperson", "president-elect",
    "spokesmen", "director-general", "commander-in-chief", "journalist", "reporter",
    "photographer", "writer", "student", "pensioner", "mother", "father", "wife", "husband",
    "son", "daughter", "driver", "worker", "miner", "paramedic", "firefighter", "rescuer",
    "pilot", "medic", "lawmaker", "legislator", "blogger", "singer", "actor", "actress",
    "artist", "producer", "athlete", "player", "striker", "goalkeeper", "footballer", "boxer",
    "banker", "investor", "entrepreneur", "businessman", "businesswoman", "co-founder", "chef",
    "landlord", "tenant", "neighbour", "neighbor", "villager", "shopkeeper", "vendor", "priest",
    "rabbi", "imam", "monk", "victim", "refugee", "evacuee", "defendant", "plaintiff",
    "suspect", "detective", "investigator", "inspector", "auditor", "ombudsperson",
    "physician", "surgeon", "psychologist", "sociologist", "political", "scientist",
    "researcher", "fellow", "lecturer", "principal", "headteacher", "coordinator",
    "organiser", "organizer", "campaigner", "protester", "sailor", "marine", "gunner",
    "commentator", "presenter", "host", "columnist", "novelist", "poet", "composer",
    "conductor", "curator", "architect", "designer", "developer", "programmer",
    "mayor-elect", "executive", "co-author", "colleague", "friend", "brother", "sister",
    "grandmother", "grandfather", "widow", "widower", "partner", "fiancée", "fiance",
    "niece", "nephew", "cousin", "aunt", "uncle", "publisher", "mep", "письменник",
    "письменниця", "засновник", "засновниця", "видавець", "видавчиня", "поет", "поетка",
    "модератор", "модераторка", "директорка", "редактор", "редакторка", "фотограф",
    "історик", "історикиня", "волонтер", "волонтерка", "військовий", "командир",
    "translator", "interpreter", "clerk", "justice", "magistrate", "coroner", "moderator",
    "councilwoman", "councilman", "assemblyman", "assemblywoman", "alderman", "biologist",
    "chemist", "physicist", "climatologist", "meteorologist", "epidemiologist",
    "президент", "прем'єр-міністр", "прем’єр-міністр", "прем'єр", "прем’єр", "міністр", "голова",
    "речник", "речниця", "керівник", "керівниця", "директор", "директорка", "мер", "губернатор",
    "командувач", "посол", "посолка", "радник", "радниця", "заступник", "заступниця", "експерт",
    "експертка", "аналітик", "аналітикиня", "генсек", "генеральний", "секретар", "очільник",
    "очільниця", "лідер", "лідерка", "депутат", "депутатка", "міністерка", "журналіст",
    "журналістка", "aide", "strategist", "consultant", "pollster", "operative", "staffer",
    "delegate", "nominee", "front-runner", "frontrunner", "hopeful", "contender", "challenger",
))
# fmt: on
# Abbreviated honorifics and titles written with a dot before a name: "Mr. Rove".
HONORIFICS = frozenset(
    (
        "Mr",
        "Mrs",
        "Ms",
        "Messrs",
        "Dr",
        "Prof",
        "Sen",
        "Sens",
        "Rep",
        "Reps",
        "Gov",
        "Govs",
        "Gen",
        "Lt",
        "Col",
        "Capt",
        "Cmdr",
        "Sgt",
        "Adm",
        "Maj",
        "Rev",
        "Fr",
        "St",
        "Supt",
        "Pres",
        "Hon",
        "Atty",
        "Amb",
        "Cpl",
        "Pvt",
        "Insp",
        "Det",
        "Mme",
        "Mlle",
    )
)  # fmt: skip
# Capitalised words that never name a person: days and months ("May" and "June" can).
CALENDAR_WORDS = frozenset((
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "July", "September", "October", "November", "December",
    "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",  # not Jan, Jun, Mar: names too
))  # fmt: skip
# The role an abbreviated title gives: "Sen. Marco Rubio" is "the Florida senator".
HONORIFIC_ROLES = {
    "Sen": "senator", "Sens": "senator", "Gov": "governor", "Rep": "representative",
    "Reps": "representative", "Gen": "general", "Pres": "president", "Dr": "doctor",
    "Prof": "professor", "Lt": "lieutenant", "Col": "colonel", "Capt": "captain",
    "Sgt": "sergeant", "Adm": "admiral", "Amb": "ambassador", "Atty": "attorney",
}  # fmt: skip
# Words that start a sentence or clause, never a name.
FUNCTION_WORDS = frozenset(
    (
        "the",
        "a",
        "an",
        "however",
        "but",
        "and",
        "so",
        "meanwhile",
        "still",
        "yet",
        "as",
        "while",
        "when",
        "after",
        "before",
        "since",
        "if",
        "at",
        "in",
        "on",
        "for",
        "this",
        "that",
        "these",
        "those",
        "there",
        "then",
        "also",
        "moreover",
        "later",
        "earlier",
        "today",
        "yesterday",
        "of",
        "to",
        "with",
        "by",
        "from",
        "its",
        "his",
        "her",
        "their",
        "our",
        "what",
        "who",
        "який",
        "яка",
        "але",
        "і",
        "та",
        "що",
        "як",
        "це",
        "у",
        "в",
        "на",
    )
)  # fmt: skip
# Words that may stand between a subject and its reporting verb.
ADVERBS = frozenset((
    "also", "then", "later", "further", "again", "once", "previously", "earlier",
    "repeatedly", "recently", "has", "had", "have", "was", "is", "firmly", "publicly",
    "reportedly", "openly", "only", "just", "quickly", "calmly", "bluntly", "simply",
    "flatly", "angrily", "proudly", "now", "often", "always", "never", "once",
    "також", "тоді", "потім", "раніше", "вже",
))  # fmt: skip

# Nouns for a person the article does not name: after "one woman said", "he"
# no longer points to the last named person.
UNNAMED_PERSON_NOUNS = frozenset((
    "woman", "man", "fan", "resident", "person", "local", "neighbour", "neighbor", "witness",
    "soldier", "volunteer", "mother", "father", "pensioner", "student", "teacher", "driver",
    "worker", "passenger", "shopper", "voter", "protester", "survivor", "victim", "refugee",
    "official", "officer", "source", "diplomat", "spokesperson", "spokesman", "spokeswoman",
    "doctor", "nurse", "farmer", "villager", "shopkeeper", "customer", "commuter", "tourist",
    "visitor", "parent", "girl", "boy", "child", "employee", "analyst", "expert",
    "participant", "eyewitness", "reporter", "journalist", "medic", "paramedic", "rescuer",
    "firefighter", "miner", "nurse", "pilot", "veteran", "lawyer", "colleague", "friend",
    "relative", "owner", "manager", "guard", "engineer", "economist", "researcher",
))  # fmt: skip

# Plural nouns for people that open a sentence capitalised and name nobody: "Critics said".
PEOPLE_PLURALS = frozenset((
    "critics", "supporters", "opponents", "observers", "officials", "experts", "analysts",
    "residents", "voters", "protesters", "protestors", "activists", "lawmakers", "others",
    "aides", "advisers", "advocates", "economists", "investors", "witnesses", "organizers",
    "organisers", "sources", "researchers", "scientists", "doctors", "police", "authorities",
    "people", "many", "some", "most", "both", "several", "few", "all",
))  # fmt: skip
# Prepositions that open a sentence capitalised and are no name: "Alongside calls for …".
OPENING_PREPOSITIONS = frozenset((
    "alongside", "among", "amid", "against", "across", "beyond", "beside", "besides",
    "despite", "during", "throughout", "within", "without", "toward", "towards",
))  # fmt: skip
# Words that are never a speaker alone, though they open sentences capitalised or
# stand inside names ("One Nation", "Democratic Party", "European Environment Agency"):
# numbers ("One month after …", "Another wrote"), and a party or a nation as an
# adjective ("a Republican said", "Chinese officials"; a plural may name a group).
NEVER_A_SPEAKER_ALONE = frozenset((
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Dozens", "Hundreds", "Thousands", "Another",
    "Republican", "Democrat", "Democratic", "American", "Chinese", "German", "Russian",
    "British", "French", "Texan", "Southern", "Northern", "Mexican", "Muslim", "Jewish",
    "Catholic", "Latino", "Hispanic", "European", "African", "Asian", "Israeli",
    "Palestinian", "Iranian", "Ukrainian", "Canadian", "Conservative", "Liberal",
    "Progressive", "GOP", "April", "May", "June", "August",
    # a party's or a nation's people in the plural name nobody ("Republicans said")
    "Republicans", "Democrats", "Americans", "Russians", "Conservatives", "Liberals",
    "Progressives", "Europeans", "Muslims", "Christians", "Catholics", "Evangelicals",
    "Jews", "Latinos", "Hispanics", "Israelis", "Palestinians", "Iranians", "Ukrainians",
    "Canadians", "Mexicans", "Germans", "Britons", "Texans", "Floridians", "Californians",
    "Independents", "Millennials", "Syrians", "Iraqis", "Afghans", "Turks",
))  # fmt: skip
# Places never speak, however the text uses them (a country's government speaks by its
# organs): states, countries and cities news names often.
PLACES = frozenset((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
    "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "America", "United States", "Canada", "Mexico", "Cuba", "Brazil", "Venezuela",
    "Britain", "England", "Scotland", "Ireland", "France", "Germany", "Italy", "Spain",
    "Greece", "Turkey", "Russia", "Ukraine", "Poland", "Sweden", "Norway", "Switzerland",
    "Europe", "Asia", "Africa", "China", "Japan", "Korea", "North Korea", "South Korea",
    "India", "Pakistan", "Afghanistan", "Iran", "Iraq", "Syria", "Israel", "Egypt", "Libya",
    "Saudi Arabia", "Yemen", "Eritrea", "Ethiopia", "Nigeria", "Australia", "Vietnam",
    "Kyiv", "Kharkiv", "Moscow", "Beijing", "London", "Paris", "Berlin", "Brussels",
    "Jerusalem", "Baghdad", "Boston", "Chicago", "Dallas", "Houston", "Miami", "Atlanta",
    "Baltimore", "Philadelphia", "Detroit", "Cleveland", "Denver", "Seattle",
    "Sacramento", "Los Angeles", "San Francisco", "Las Vegas", "Manhattan", "Brooklyn",
))  # fmt: skip
# Words that make a different role of the one they qualify: a deputy governor is
# not "the governor".
RANK_MODIFIERS = frozenset((
    "deputy", "vice", "assistant", "acting", "former", "ex", "interim", "associate", "junior",
    "заступник", "заступниця", "колишній", "колишня",
))  # fmt: skip

# Nouns for organisations: "the group said" speaks for the group the article named.
ORGANISATION_NOUNS = frozenset((
    "company", "group", "firm", "ministry", "agency", "committee", "party", "union",
    "association", "bank", "regulator", "operator", "organisation", "organization", "council",
    "foundation", "fund", "charity", "network", "channel", "newspaper", "outlet",
    "broadcaster", "airline", "carrier", "manufacturer", "maker", "retailer", "institute",
    "alliance", "guild", "federation", "club", "team", "department", "office", "embassy",
    "paper", "magazine", "publication", "website", "site", "campaign", "administration",
))  # fmt: skip
# Nouns for a publication: "the newspaper wrote" speaks for the last paper named.
PUBLICATION_NOUNS = frozenset((
    "newspaper", "paper", "magazine", "publication", "outlet", "website", "site", "network",
    "channel", "broadcaster",
))  # fmt: skip
# Words that end the name of a publication: "The Washington Post", "Fox News".
PUBLICATION_NAME_WORDS = (
    "Post",
    "Times",
    "Journal",
    "News",
    "Tribune",
    "Herald",
    "Gazette",
    "Magazine",
    "Observer",
    "Guardian",
    "Telegraph",
    "Standard",
    "Examiner",
    "Review",
    "Daily",
    "Politico",
    "POLITICO",
    "Reuters",
    "Press",
    "Bloomberg",
    "CNN",
    "BBC",
    "MSNBC",
    "NPR",
    "AFP",
    "Caller",
    "Beast",
    "Atlantic",
    "Hill",
    "Week",
    "Economist",
    "Independent",
    "Mirror",
    "Sun",
    "Pravda",
    "Babel",
)
# Words that make a name an organisation's: "Democratic National Committee", "CNN".
# What a person has that speaks for them: "the Trump campaign said", "Ryan's office said".
OWNED_BY_PEOPLE = frozenset(("campaign", "office", "administration", "team"))
ORGANISATION_NAME_WORDS = frozenset((
    *PUBLICATION_NAME_WORDS, "Party", "Committee", "Department", "Ministry", "Council",
    "Agency", "University", "Institute", "Foundation", "Association", "Union", "Bank", "Fund",
    "Group", "Company", "Corporation", "Corp", "Inc", "Ltd", "Campaign", "Administration",
    "Commission", "Bureau", "Service", "Office", "Court", "Congress", "Senate", "House",
    "Parliament", "Government", "Police", "Army", "Navy", "Center", "Centre", "Organization",
    "Organisation", "Federation", "Alliance", "League", "Club", "Church", "School", "College",
    "Board", "Authority", "Network", "Media", "Kremlin", "Pentagon", "Twitter", "Facebook",
    "Google", "Microsoft", "Apple", "Amazon", "NATO", "PAC", "USA", "America",
    *OWNED_BY_PEOPLE,  # "Trump campaign", "Ryan's office"
    "Інститут", "Міністерство", "Центр", "Служба", "Рада", "Уряд", "Компанія", "Банк",
))  # fmt: skip

# Verbs that may take their subject after them in news style ("said Rutte");
# "called X" or "told X" name an object there instead.
INVERTING_VERBS = frozenset((
    "said", "says", "added", "adds", "noted", "notes", "wrote", "writes", "explained",
    "continued", "insisted", "recalled", "warned", "stressed", "replied", "answered",
    "argued", "concluded", "declared", "remarked", "observed", "recounted", "emphasized",
    "emphasised", "commented", "reported", "reports", "announced", "confirmed", "tweeted",
    "posted", "sighed", "laughed", "exclaimed", "shouted", "whispered", "joked", "quipped",
    "admitted", "conceded", "acknowledged", "cautioned", "predicted", "suggested",
    "asked", "wondered", "proclaimed", "scoffed", "beamed", "asserted", "contended",
    "remembered", "marveled", "marvelled", "groused", "fumed", "snapped", "yelled", "bragged",
    "teased", "confessed", "protested", "interjected", "countered", "retorted", "mused",
    "recalled", "lamented", "boasted", "declares", "explains", "insists",
    "continues", "recalls", "warns", "argues", "concludes", "observes", "remarks", "recounts",
    "announces", "confirms", "asks", "wonders", "agrees", "agreed", "opined", "opines",
    "confided", "elaborated", "riffed", "exhorted", "reacted",
    "сказав", "сказала", "сказали", "каже", "кажуть", "заявив", "заявила", "заявили", "додав",
    "додала", "зазначив", "зазначила", "наголосив", "наголосила", "підкреслив", "підкреслила",
    "пояснив", "пояснила", "написав", "написала", "повідомив", "повідомила", "розповів",
    "розповіла", "відповів", "відповіла", "запевнив", "запевнила", "нагадав", "нагадала",
    "зауважив", "зауважила", "уточнив", "уточнила", "визнав", "визнала", "спитав", "спитала",
    "запитав", "запитала", "підтвердив", "підтвердила", "відзначив", "відзначила",
    "прокоментував", "прокоментувала",
))  # fmt: skip
