package syntax

import (
	"crypto/sha256"
	_ "embed"
	"fmt"
	"strings"
	"sync"

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

// models loads the embedded models once, on first use: a broken model is
// a broken build, so it panics with the reason.
var models = sync.OnceValue(func() trained {
	t, err := postag.Load(postagModel)
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded tagger model: %v", err))
	}
	p, err := depparse.Load(parserModel)
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded parser model: %v", err))
	}
	lex, err := postag.ReadLexicon(strings.NewReader(posLexicon))
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded lexicon: %v", err))
	}
	return trained{tagger: t, parser: p, lemmas: mender{lex: lex, tagger: t}}
})

// ModelSums names the embedded models by a short sha256 of their files
// (what --version prints; make train reproduces the files bit for bit).
func ModelSums() (tagger, parser string) {
	sum := func(b []byte) string { return fmt.Sprintf("sha256:%x", sha256.Sum256(b))[:19] }
	return sum(postagModel), sum(parserModel)
}

// LoadModels loads the embedded models now rather than on first use (so
// that a measurement of a run does not count them).
func LoadModels() { models() }
