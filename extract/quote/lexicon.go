package quote

import (
	"github.com/newsgraph/newsgraph/extract/lex"
)

// qSkipBeforeCue are words that may stand between a subject and its cue
// verb: auxiliaries, negation and adverbs ("has long argued", "also said").
var qSkipBeforeCue = lex.Words("quote/qSkipBeforeCue")

// qDeterminers open a noun phrase.
var qDeterminers = lex.Words("quote/qDeterminers")

// qPronouns can be a speaker on their own.
var qPronouns = lex.Words("quote/qPronouns")

// qStopWords end a noun phrase scanned leftward from its head: clause
// words, prepositions and conjunctions that cannot sit inside one.
var qStopWords = lex.Words("quote/qStopWords")

// qClauseStarters cannot begin the content of a reported clause: a cue
// followed by one of them takes an object or adjunct, not a clause.
var qClauseStoppers = lex.Words("quote/qClauseStoppers")

// qTimeWords begin adjuncts that may sit between a cue verb and "that"
// ("said Tuesday that", "said in a statement that").
var qTimeWords = lex.Words("quote/qTimeWords")

// qSubjectPronoun are pronouns that can be a subject.
var qSubjectPronoun = lex.Words("quote/qSubjectPronoun")

// qAddresseeVerbs take the one told as their object ("told him that").
var qAddresseeVerbs = lex.Words("common/qAddresseeVerbs")
