package syntax

import (
	"crypto/sha256"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/internal/depparse"
	"github.com/newsgraph/newsgraph/internal/postag"
)

// The models `make train` writes (tools/postrain, tools/parsetrain); see
// model/POSTAG.md and model/PARSER.md for what they are and their figures.
var (
	//go:embed model/postag.bin.gz
	postagModel []byte
	//go:embed model/parser.bin.gz
	parserModel []byte
	// the greedy parser of the fast mode (SetFast)
	//go:embed model/parser-fast.bin.gz
	fastParserModel []byte
	// make postag-lexicons (scripts/poslexicon.mjs) writes it
	//go:embed model/pos-lexicon.txt
	posLexicon string
)

// trained holds the stage's models.
type trained struct {
	tagger Tagger
	parser Parser
	lemmas mender
}

// fast says whether Parse uses the fast parser (SetFast).
var fast atomic.Bool

// SetFast makes every later Parse use the greedy parser model, trained on
// the same data and tags, instead of the beam-search one: on EWT dev about
// 0.7 UAS / 0.8 LAS lower, the parse about four times as fast
// (model/PARSER.md). SetFast(false) goes back to the beam parser. Outputs
// differ: Behaviour (package extract) names the mode.
func SetFast(on bool) { fast.Store(on) }

// Fast says whether SetFast is on.
func Fast() bool { return fast.Load() }

// models loads the embedded models once, on first use: a broken model is
// a broken build, so it panics with the reason.
var models = sync.OnceValue(func() trained {
	t, err := postag.Load(postagModel)
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded tagger model: %v", err))
	}
	return trained{tagger: t, parser: loadParser(parserModel, "parser"), lemmas: mender{lex: lexicon(), tagger: t}}
})

// lexicon loads the embedded word-class lexicon once, on first use.
var lexicon = sync.OnceValue(func() *postag.Lexicon {
	lex, err := postag.ReadLexicon(strings.NewReader(posLexicon))
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded lexicon: %v", err))
	}
	return lex
})

// Modifier reports whether the lexicon knows word form, and the lemma
// the tagger gave it, as an adjective or adverb and never as a verb
// ("nationwide", "upcoming"): a verb tag on it is the tagger's error.
func Modifier(form, lemma string) bool {
	l := lexicon()
	return l.Modifier(postag.Norm(strings.ToLower(form))) && l.Modifier(postag.Norm(strings.ToLower(lemma)))
}

// fastParser loads the fast mode's parser on its first use only.
var fastParser = sync.OnceValue(func() Parser { return loadParser(fastParserModel, "fast parser") })

func loadParser(file []byte, name string) *depparse.Model {
	p, err := depparse.Load(file)
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded %s model: %v", name, err))
	}
	return p
}

// ModelSums names the embedded models by a short sha256 of their files
// (what --version prints; make train reproduces the files bit for bit).
func ModelSums() (tagger, parser, fastParser string) {
	sum := func(b []byte) string { return fmt.Sprintf("sha256:%x", sha256.Sum256(b))[:19] }
	return sum(postagModel), sum(parserModel), sum(fastParserModel)
}

// LoadModels loads the embedded models now rather than on first use (so
// that a measurement of a run does not count them), the fast parser too
// when SetFast is on.
func LoadModels() {
	models()
	if Fast() {
		fastParser()
	}
}
