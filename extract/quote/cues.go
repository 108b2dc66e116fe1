package quote

import (
	"github.com/newsgraph/newsgraph/extract/lex"
)

// cueKind is a set of the kinds of content a speech or cognition
// predicate takes; the parse says which one a given use has.
type cueKind uint16

const (
	kSay     cueKind = 1 << iota // a clause: "said (that) ...", "..., she said"
	kThink                       // a clause held by a thinker: "believes ..."
	kShow                        // a clause or noun phrase from any source: "polls show ..."
	kIntend                      // an infinitive: "vowed to ..."
	kUrge                        // an object and an infinitive: "urged voters to ..."
	kJudge                       // an object, or one and what is said of it: "criticized the plan"
	kFor                         // a "for" phrase: "called for a ban"
	kName                        // an object with what is said of it only: "called him a liar", not "called a meeting"
	kAppoint                     // a person object is appointed, not said: "confirmed the nominee"
)

// kObject are the kinds whose content may be a noun phrase object.
const kObject = kJudge | kShow | kName

// kClause are the kinds whose content is a clause.
const kClause = kSay | kThink | kShow

var cueKindNames = map[string]cueKind{"say": kSay, "think": kThink, "show": kShow, "intend": kIntend,
	"urge": kUrge, "judge": kJudge, "for": kFor,
	"name": kName, "appoint": kAppoint}

// cueLemmas maps the lemma of a cue predicate to the kinds of content it
// takes (data: quote.txt, cueLemmas).
var cueLemmas = loadCueLemmas()

func loadCueLemmas() map[string]cueKind {
	out := map[string]cueKind{}
	for k, lemmas := range lex.CueKinds() {
		kind, ok := cueKindNames[k]
		if !ok {
			panic("quote: cueLemmas: unknown kind " + k)
		}
		for lemma := range lemmas {
			out[lemma] |= kind
		}
	}
	return out
}

// speakerNouns are common nouns that can be a claim's source without
// naming a person or an organisation: documents, counts, media.
var speakerNouns = lex.Words("quote/speakerNouns")

// noClaimHeads head phrases that ask for or refuse speech rather than
// report it ("asked for comment").
var noClaimHeads = lex.Words("quote/noClaimHeads")

// clauseCues take no noun phrase of their own: one after them opens the
// clause they report, whatever the parse says.
var clauseCues = lex.Words("quote/clauseCues")

// adverbialMarks open adverbial clauses, which a parser may hang on a cue
// as its complement ("said when she resigned"): they are no content.
var adverbialMarks = lex.Words("quote/adverbialMarks")

// thingCues are verbs of saying whose object is mostly a thing made
// rather than what is said ("wrote a book", "posted a photo").
var thingCues = lex.Words("quote/thingCues")

// notSpeechMarks introduce a participle that the main clause's subject
// does not say: "a ban on admitting Muslims", "praised for saying".
var notSpeechMarks = lex.Words("quote/notSpeechMarks")

// contrastMarks open a clause set against the one before it ("while",
// "whereas"): it is not part of that clause's claim.
var contrastMarks = lex.Words("quote/contrastMarks")

// concessiveMarks are the contrastMarks of a concession, which belongs to
// the claim it qualifies unless it reports a claim of its own.
var concessiveMarks = lex.Words("quote/concessiveMarks")
