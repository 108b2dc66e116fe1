package lex

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// PassiveAux marks a passive participle: "was convicted", "were charged".
var PassiveAux = map[string]bool{"was": true, "were": true, "been": true, "be": true, "is": true, "are": true, "being": true, "got": true, "get": true}

// Closed-class and role-noun word lists used by coreference and events.
// They describe English, not any particular article.

// Pronouns maps third-person pronouns to gender/number.
var Pronouns = map[string]doc.Gender{
	"he": doc.Male, "him": doc.Male, "his": doc.Male, "himself": doc.Male,
	"she": doc.Female, "her": doc.Female, "hers": doc.Female, "herself": doc.Female,
	"they": doc.Plural, "them": doc.Plural, "their": doc.Plural, "theirs": doc.Plural, "themselves": doc.Plural,
	"it": doc.Neuter, "its": doc.Neuter, "itself": doc.Neuter,
}

// Honorifics give a person's gender when they precede a name.
var Honorifics = map[string]doc.Gender{
	"mr": doc.Male, "mr.": doc.Male, "sir": doc.Male, "lord": doc.Male, "king": doc.Male, "prince": doc.Male,
	"mrs": doc.Female, "mrs.": doc.Female, "ms": doc.Female, "ms.": doc.Female, "miss": doc.Female, "lady": doc.Female,
	"queen": doc.Female, "princess": doc.Female, "dame": doc.Female, "madam": doc.Female,
}

// PersonNouns are heads of noun phrases that denote a person; the value is
// the gender the noun implies (Unknown for neutral nouns).
var PersonNouns = map[string]doc.Gender{
	// family
	"mother": doc.Female, "father": doc.Male, "mom": doc.Female, "mum": doc.Female, "dad": doc.Male, "daughter": doc.Female, "son": doc.Male,
	"sister": doc.Female, "brother": doc.Male, "wife": doc.Female, "husband": doc.Male, "girlfriend": doc.Female, "boyfriend": doc.Male,
	"grandmother": doc.Female, "grandfather": doc.Male, "aunt": doc.Female, "uncle": doc.Male, "niece": doc.Female, "nephew": doc.Male,
	"widow": doc.Female, "widower": doc.Male, "fiancee": doc.Female, "fiancé": doc.Male, "fiance": doc.Male, "fiancée": doc.Female,
	"partner": doc.Unknown, "spouse": doc.Unknown, "parent": doc.Unknown, "child": doc.Unknown, "sibling": doc.Unknown, "cousin": doc.Unknown,
	"grandson": doc.Male, "granddaughter": doc.Female, "stepmother": doc.Female, "stepfather": doc.Male,
	// gendered
	"woman": doc.Female, "man": doc.Male, "girl": doc.Female, "boy": doc.Male, "lady": doc.Female, "gentleman": doc.Male,
	"actress": doc.Female, "actor": doc.Unknown, "businesswoman": doc.Female, "businessman": doc.Male, "chairwoman": doc.Female,
	"chairman": doc.Male, "spokeswoman": doc.Female, "spokesman": doc.Male, "congresswoman": doc.Female, "congressman": doc.Male,
	"queen": doc.Female, "king": doc.Male, "princess": doc.Female, "prince": doc.Male, "duchess": doc.Female, "duke": doc.Male,
	"heiress": doc.Female, "heir": doc.Unknown, "waitress": doc.Female, "policeman": doc.Male, "policewoman": doc.Female,
	// roles and occupations
	"star": doc.Unknown, "celebrity": doc.Unknown, "founder": doc.Unknown, "co-founder": doc.Unknown, "cofounder": doc.Unknown,
	"mogul": doc.Unknown, "billionaire": doc.Unknown, "millionaire": doc.Unknown, "entrepreneur": doc.Unknown, "executive": doc.Unknown,
	"ceo": doc.Unknown, "chief": doc.Unknown, "president": doc.Unknown, "vice-president": doc.Unknown, "chairperson": doc.Unknown,
	"director": doc.Unknown, "manager": doc.Unknown, "owner": doc.Unknown, "boss": doc.Unknown, "leader": doc.Unknown,
	"minister": doc.Unknown, "secretary": doc.Unknown, "senator": doc.Unknown, "governor": doc.Unknown, "mayor": doc.Unknown,
	"lawmaker": doc.Unknown, "legislator": doc.Unknown, "politician": doc.Unknown, "candidate": doc.Unknown, "nominee": doc.Unknown,
	"official": doc.Unknown, "spokesperson": doc.Unknown, "representative": doc.Unknown, "ambassador": doc.Unknown,
	"diplomat": doc.Unknown, "judge": doc.Unknown, "lawyer": doc.Unknown, "attorney": doc.Unknown, "prosecutor": doc.Unknown,
	"defendant": doc.Unknown, "suspect": doc.Unknown, "victim": doc.Unknown, "witness": doc.Unknown, "inmate": doc.Unknown,
	"prisoner": doc.Unknown, "convict": doc.Unknown, "felon": doc.Unknown, "killer": doc.Unknown, "murderer": doc.Unknown,
	"officer": doc.Unknown, "detective": doc.Unknown, "soldier": doc.Unknown, "general": doc.Unknown, "commander": doc.Unknown,
	"doctor": doc.Unknown, "nurse": doc.Unknown, "surgeon": doc.Unknown, "scientist": doc.Unknown, "researcher": doc.Unknown,
	"professor": doc.Unknown, "teacher": doc.Unknown, "student": doc.Unknown, "author": doc.Unknown, "writer": doc.Unknown,
	"journalist": doc.Unknown, "reporter": doc.Unknown, "editor": doc.Unknown, "host": doc.Unknown, "presenter": doc.Unknown,
	"singer": doc.Unknown, "rapper": doc.Unknown, "musician": doc.Unknown, "artist": doc.Unknown, "designer": doc.Unknown,
	"model": doc.Unknown, "producer": doc.Unknown, "filmmaker": doc.Unknown, "comedian": doc.Unknown, "influencer": doc.Unknown,
	"personality": doc.Unknown, "player": doc.Unknown, "coach": doc.Unknown, "striker": doc.Unknown, "goalkeeper": doc.Unknown,
	"midfielder": doc.Unknown, "defender": doc.Unknown, "captain": doc.Unknown, "athlete": doc.Unknown, "champion": doc.Unknown,
	"activist": doc.Unknown, "advocate": doc.Unknown, "campaigner": doc.Unknown, "investor": doc.Unknown, "banker": doc.Unknown,
	"analyst": doc.Unknown, "economist": doc.Unknown, "engineer": doc.Unknown, "employee": doc.Unknown, "worker": doc.Unknown,
	"resident": doc.Unknown, "citizen": doc.Unknown, "voter": doc.Unknown, "fan": doc.Unknown, "friend": doc.Unknown,
	"neighbor": doc.Unknown, "neighbour": doc.Unknown, "survivor": doc.Unknown, "patient": doc.Unknown, "pilot": doc.Unknown,
	"driver": doc.Unknown, "farmer": doc.Unknown, "priest": doc.Unknown, "pope": doc.Male, "bishop": doc.Unknown, "rabbi": doc.Unknown,
	"imam": doc.Unknown, "monarch": doc.Unknown, "emperor": doc.Male, "dictator": doc.Unknown, "militant": doc.Unknown,
	"rebel": doc.Unknown, "gunman": doc.Male, "attacker": doc.Unknown, "spy": doc.Unknown, "chancellor": doc.Unknown,
	"premier": doc.Unknown, "superstar": doc.Unknown, "icon": doc.Unknown, "legend": doc.Unknown, "veteran": doc.Unknown,
	"newcomer": doc.Unknown, "winner": doc.Unknown, "loser": doc.Unknown, "rival": doc.Unknown, "opponent": doc.Unknown,
	"challenger": doc.Unknown, "incumbent": doc.Unknown, "successor": doc.Unknown, "predecessor": doc.Unknown,
}

// GroupNouns denote organisations when heading a definite description.
var GroupNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "agency": true, "government": true, "ministry": true,
	"department": true, "party": true, "team": true, "club": true, "bank": true, "court": true,
	"university": true, "network": true, "channel": true, "studio": true, "retailer": true, "carmaker": true,
	"automaker": true, "airline": true, "union": true, "council": true, "committee": true, "board": true,
	"organization": true, "organisation": true, "charity": true, "brand": true, "startup": true, "label": true,
}

// determiners that open a definite description.
var DefiniteDets = map[string]bool{"the": true, "this": true, "that": true}

// PossessiveDets open relational descriptions ("her mother").
var PossessiveDets = map[string]bool{"his": true, "her": true, "their": true, "its": true}

var SubjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true}
