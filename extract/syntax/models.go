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
	// make postag-lexicons (scripts/poslexicon.mjs) writes it
	//go:embed model/pos-lexicon.txt
	posLexicon string
)

// trained holds the stage's models.
type trained struct {
	tagger Tagger
	parser Parser
	fast   Parser // the same parser with FastBeam hypotheses
	lemmas mender
}

// FastBeam is the beam the parser decodes with under SetFast: on EWT dev
// about 0.35 UAS / LAS under the trained beam of 4, the parse about twice as
// fast (model/PARSER.md).
const FastBeam = 2

// fast says whether Parse decodes with FastBeam (SetFast).
var fast atomic.Bool

// SetFast makes every later Parse decode with a narrower beam (FastBeam),
// trading some accuracy for speed; SetFast(false) goes back to the model's
// own beam. Outputs differ: Behaviour (package extract) names the mode.
func SetFast(on bool) { fast.Store(on) }

// Fast says whether SetFast is on.
func Fast() bool { return fast.Load() }

// beamParser parses with a beam of its own width.
type beamParser struct {
	m *depparse.Model
	k int
}

func (b beamParser) Parse(words, upos, xpos, lemmas []string) ([]int, []string) {
	return b.m.ParseBeam(words, upos, xpos, lemmas, b.k)
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
	return trained{tagger: t, parser: p, fast: beamParser{p, min(FastBeam, p.Beam())}, lemmas: mender{lex: lex, tagger: t}}
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
