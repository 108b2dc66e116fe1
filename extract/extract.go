package extract

import (
	"github.com/newsgraph/newsgraph/extract/coref"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/event"
	"github.com/newsgraph/newsgraph/extract/mention"
	"github.com/newsgraph/newsgraph/extract/quote"
	"github.com/newsgraph/newsgraph/extract/relation"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/timex"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// Resolve groups NAME mentions into entities (name variants, misspellings),
// then adds NOMINAL mentions ("the reality star", "the 32-year-old",
// appositions) and PRONOUN mentions and links each to the most salient
// compatible entity. Mentions it cannot link safely stay unlinked (Entity
// -1) rather than guessed.
func Resolve(d *doc.Document) {
	coref.ResolveNames(d)
	mention.FindNominalMentions(d)
	coref.LinkMentions(d)
}

// Stage adds one layer to a document.
type Stage struct {
	Name string
	Run  func(*doc.Document)
}

// Stages is the pipeline in order: each stage reads the layers of the ones
// before it.
var Stages = []Stage{
	{"tokens", tokenize.Tokenize},
	{"syntax", syntax.Parse},
	{"names", mention.FindNames},
	{"coref names", coref.ResolveNames},
	{"nominals", mention.FindNominalMentions},
	{"coref", coref.LinkMentions},
	{"relations", relation.FindRelations},
	{"time", timex.FindTimexes},
	{"quotes", quote.FindQuotes},
	{"resumed speakers", quote.ResumeSpeakers},
	{"quoted speakers", quote.LinkQuotedSpeakers},
	{"unattributed persons", quote.LinkUnattributedPersons},
	{"source things", quote.SourceEntities},
	{"predicates", coref.JoinPredicates},
	{"events", event.FindEvents},
	{"event links", event.FindEventLinks},
	{"open relations", event.FindOpenRelations},
	{"speaker phrases", quote.LinkSpeakerPhrases},
	{"nested names", coref.NestedNames},
	{"asides", mention.WidenAsides},
	{"entity names", coref.NameWithoutPossessive},
}

// Process runs every stage over d.
func Process(d *doc.Document) {
	for _, s := range Stages {
		s.Run(d)
	}
}

// Version names the extractor's behaviour. Bump it when extraction changes
// so that `build` refreshes articles it has already loaded.
const Version = "0.27.0"

// Behaviour names what this process extracts: Version, marked "+fast" when
// the greedy parser stands in for the beam one (syntax.SetFast), whose outputs
// differ. A store keys each article by it, so that a later build without
// the fast mode extracts the article again.
func Behaviour() string {
	if syntax.Fast() {
		return Version + "+fast"
	}
	return Version
}
