package quote

import (
	"github.com/newsgraph/newsgraph/extract/lex"
)

// qSkipBeforeCue are words that may stand between a subject and its cue
// verb: auxiliaries, negation and adverbs ("has long argued", "also said").
var qSkipBeforeCue = lex.Set("also", "has", "have", "had", "later", "then", "previously", "recently", "reportedly",
	"once", "further", "repeatedly", "publicly", "privately", "separately", "subsequently", "simply", "often",
	"frequently", "did", "does", "do", "would", "will", "may", "might", "could", "can", "should", "must",
	"long", "since", "already", "still", "always", "never", "not", "n't", "just", "now", "earlier", "flatly",
	"quickly", "first", "initially", "again", "even", "only", "openly", "explicitly", "bluntly", "angrily",
	"calmly", "quietly", "loudly", "jokingly", "famously", "correctly", "falsely", "wrongly", "rightly",
	"generally", "broadly", "sometimes", "all", "both", "herself", "himself", "themselves", "itself", "too",
	"specifically", "tearfully", "emphatically", "ominously", "succinctly", "has", "had", "is", "was", "are",
	"were", "been", "be", "being", "‘", "originally", "actually", "really", "certainly", "clearly", "allegedly")

// qDeterminers open a noun phrase.
var qDeterminers = lex.Set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
	"my", "your", "some", "many", "most", "several", "other", "another", "each", "every", "both", "no", "one",
	"two", "three", "four", "five", "few", "any", "all", "such")

// qPronouns can be a speaker on their own.
var qPronouns = lex.Set("he", "she", "they", "i", "we", "it", "you", "who", "which", "someone", "somebody",
	"everyone", "nobody", "one", "others", "both", "many", "some", "this", "that")

// qStopWords end a noun phrase scanned leftward from its head: clause
// words, prepositions and conjunctions that cannot sit inside one.
var qStopWords = lex.Set("and", "or", "but", "that", "which", "who", "whom", "whose", "when", "where", "while",
	"because", "if", "as", "than", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about",
	"after", "before", "since", "until", "into", "over", "under", "against", "during", "without", "through",
	"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "not",
	"what", "how", "why", "whether", "then", "also", "yet", "though", "although", "said", "says", "told",
	"there", "here", "very", "just")

// qClauseStarters cannot begin the content of a reported clause: a cue
// followed by one of them takes an object or adjunct, not a clause.
var qClauseStoppers = lex.Set("to", "of", "for", "about", "with", "by", "from", "at", "in", "on", "into", "as",
	"so", "up", "out", "off", "back", "down", "over", "yes", "no", "thanks", "hello", "goodbye", "nothing",
	"anything", "something", "much", "more", "little", "otherwise", "and", "or", "but", "than", "too",
	"very", "not", "n't", "'", "’s", "'s")

// qTimeWords begin adjuncts that may sit between a cue verb and "that"
// ("said Tuesday that", "said in a statement that").
var qTimeWords = lex.Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "recently", "earlier", "later", "last", "this", "on", "in", "at", "during", "after",
	"before", "while", "repeatedly", "again", "publicly", "privately", "previously", "flatly", "also",
	"then", "now", "separately", "via", "through", "over", "under", "late", "early", "frankly", "bluntly",
	"simply", "plainly", "clearly", "once", "often", ",", "when", "to", "without", "with", "from", "outside",
	"inside", "for", "throughout", "following", "ahead", "amid", "near")
