package lex

// PassiveAux marks a passive participle: "was convicted", "were charged".
var PassiveAux = Words("common/PassiveAux")

// Closed-class and role-noun word lists used by coreference and events.
// They describe English, not any particular article.

// Pronouns maps third-person pronouns to gender/number.
var Pronouns = Genders("common/Pronouns")

// Honorifics give a person's gender when they precede a name.
var Honorifics = Genders("common/Honorifics")

// PersonNouns are heads of noun phrases that denote a person; the value is
// the gender the noun implies (Unknown for neutral nouns).
var PersonNouns = Genders("common/PersonNouns")

// GroupNouns denote organisations when heading a definite description.
var GroupNouns = Words("common/GroupNouns")

// determiners that open a definite description.
var DefiniteDets = Words("common/DefiniteDets")

// PossessiveDets open relational descriptions ("her mother").
var PossessiveDets = Words("common/PossessiveDets")

var SubjectPronouns = Words("common/SubjectPronouns")

// TitleAbbreviations map abbreviated titles before a name ("sen.") to
// the role noun they stand for ("senator").
var TitleAbbreviations = Table("common/TitleAbbreviations")
