package extract

// Closed-class and role-noun word lists used by coreference and events.
// They describe English, not any particular article.

// pronounInfo maps third-person pronouns to gender/number.
var pronounInfo = map[string]Gender{
	"he": Male, "him": Male, "his": Male, "himself": Male,
	"she": Female, "her": Female, "hers": Female, "herself": Female,
	"they": Plural, "them": Plural, "their": Plural, "theirs": Plural, "themselves": Plural,
	"it": Neuter, "its": Neuter, "itself": Neuter,
}

// honorifics give a person's gender when they precede a name.
var honorifics = map[string]Gender{
	"mr": Male, "mr.": Male, "sir": Male, "lord": Male, "king": Male, "prince": Male,
	"mrs": Female, "mrs.": Female, "ms": Female, "ms.": Female, "miss": Female, "lady": Female,
	"queen": Female, "princess": Female, "dame": Female, "madam": Female,
}

// personNouns are heads of noun phrases that denote a person; the value is
// the gender the noun implies (Unknown for neutral nouns).
var personNouns = map[string]Gender{
	// family
	"mother": Female, "father": Male, "mom": Female, "mum": Female, "dad": Male, "daughter": Female, "son": Male,
	"sister": Female, "brother": Male, "wife": Female, "husband": Male, "girlfriend": Female, "boyfriend": Male,
	"grandmother": Female, "grandfather": Male, "aunt": Female, "uncle": Male, "niece": Female, "nephew": Male,
	"widow": Female, "widower": Male, "fiancee": Female, "fiancé": Male, "fiance": Male, "fiancée": Female,
	"partner": Unknown, "spouse": Unknown, "parent": Unknown, "child": Unknown, "sibling": Unknown, "cousin": Unknown,
	"grandson": Male, "granddaughter": Female, "stepmother": Female, "stepfather": Male,
	// gendered
	"woman": Female, "man": Male, "girl": Female, "boy": Male, "lady": Female, "gentleman": Male,
	"actress": Female, "actor": Unknown, "businesswoman": Female, "businessman": Male, "chairwoman": Female,
	"chairman": Male, "spokeswoman": Female, "spokesman": Male, "congresswoman": Female, "congressman": Male,
	"queen": Female, "king": Male, "princess": Female, "prince": Male, "duchess": Female, "duke": Male,
	"heiress": Female, "heir": Unknown, "waitress": Female, "policeman": Male, "policewoman": Female,
	// roles and occupations
	"star": Unknown, "celebrity": Unknown, "founder": Unknown, "co-founder": Unknown, "cofounder": Unknown,
	"mogul": Unknown, "billionaire": Unknown, "millionaire": Unknown, "entrepreneur": Unknown, "executive": Unknown,
	"ceo": Unknown, "chief": Unknown, "president": Unknown, "vice-president": Unknown, "chairperson": Unknown,
	"director": Unknown, "manager": Unknown, "owner": Unknown, "boss": Unknown, "leader": Unknown,
	"minister": Unknown, "secretary": Unknown, "senator": Unknown, "governor": Unknown, "mayor": Unknown,
	"lawmaker": Unknown, "legislator": Unknown, "politician": Unknown, "candidate": Unknown, "nominee": Unknown,
	"official": Unknown, "spokesperson": Unknown, "representative": Unknown, "ambassador": Unknown,
	"diplomat": Unknown, "judge": Unknown, "lawyer": Unknown, "attorney": Unknown, "prosecutor": Unknown,
	"defendant": Unknown, "suspect": Unknown, "victim": Unknown, "witness": Unknown, "inmate": Unknown,
	"prisoner": Unknown, "convict": Unknown, "felon": Unknown, "killer": Unknown, "murderer": Unknown,
	"officer": Unknown, "detective": Unknown, "soldier": Unknown, "general": Unknown, "commander": Unknown,
	"doctor": Unknown, "nurse": Unknown, "surgeon": Unknown, "scientist": Unknown, "researcher": Unknown,
	"professor": Unknown, "teacher": Unknown, "student": Unknown, "author": Unknown, "writer": Unknown,
	"journalist": Unknown, "reporter": Unknown, "editor": Unknown, "host": Unknown, "presenter": Unknown,
	"singer": Unknown, "rapper": Unknown, "musician": Unknown, "artist": Unknown, "designer": Unknown,
	"model": Unknown, "producer": Unknown, "filmmaker": Unknown, "comedian": Unknown, "influencer": Unknown,
	"personality": Unknown, "player": Unknown, "coach": Unknown, "striker": Unknown, "goalkeeper": Unknown,
	"midfielder": Unknown, "defender": Unknown, "captain": Unknown, "athlete": Unknown, "champion": Unknown,
	"activist": Unknown, "advocate": Unknown, "campaigner": Unknown, "investor": Unknown, "banker": Unknown,
	"analyst": Unknown, "economist": Unknown, "engineer": Unknown, "employee": Unknown, "worker": Unknown,
	"resident": Unknown, "citizen": Unknown, "voter": Unknown, "fan": Unknown, "friend": Unknown,
	"neighbor": Unknown, "neighbour": Unknown, "survivor": Unknown, "patient": Unknown, "pilot": Unknown,
	"driver": Unknown, "farmer": Unknown, "priest": Unknown, "pope": Male, "bishop": Unknown, "rabbi": Unknown,
	"imam": Unknown, "monarch": Unknown, "emperor": Male, "dictator": Unknown, "militant": Unknown,
	"rebel": Unknown, "gunman": Male, "attacker": Unknown, "spy": Unknown, "chancellor": Unknown,
	"premier": Unknown, "superstar": Unknown, "icon": Unknown, "legend": Unknown, "veteran": Unknown,
	"newcomer": Unknown, "winner": Unknown, "loser": Unknown, "rival": Unknown, "opponent": Unknown,
	"challenger": Unknown, "incumbent": Unknown, "successor": Unknown, "predecessor": Unknown,
}

// groupNouns denote organisations when heading a definite description.
var groupNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "agency": true, "government": true, "ministry": true,
	"department": true, "party": true, "team": true, "club": true, "bank": true, "court": true,
	"university": true, "network": true, "channel": true, "studio": true, "retailer": true, "carmaker": true,
	"automaker": true, "airline": true, "union": true, "council": true, "committee": true, "board": true,
	"organization": true, "organisation": true, "charity": true, "brand": true, "startup": true, "label": true,
}

// determiners that open a definite description.
var definiteDets = map[string]bool{"the": true, "this": true, "that": true}

// possessiveDets open relational descriptions ("her mother").
var possessiveDets = map[string]bool{"his": true, "her": true, "their": true, "its": true}
