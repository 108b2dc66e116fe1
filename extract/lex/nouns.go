package lex

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// TagTypes maps the types of the tagger's models (and of the name lists)
// onto the document model's.
var TagTypes = Types("common/TagTypes")

// PostHead words end the pre-head part of a noun phrase: what follows is a
// complement or a relative clause ("the head of product development",
// "teams which are covered").
var PostHead = Words("common/PostHead")

// NominalHead returns the token index of the head noun of the phrase
// [first, last).
func NominalHead(d *doc.Document, first, last int) int {
	end := last
	for k := first + 1; k < last; k++ {
		if PostHead[strings.ToLower(d.Tokens[k].Text)] {
			end = k
			break
		}
	}
	head := end - 1
	for head > first && (doc.IsPossessive(d.Tokens[head].Text) || !doc.IsWordToken(d.Tokens[head].Text)) {
		head-- // "the team's": the head is "team"
	}
	return head
}

// irregularPlurals are plural nouns that do not end in -s, and -s nouns
// that are not plural.
var irregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "police": true, "folk": true,
	"staff": false, "crew": false, "personnel": true, "clergy": true, "youth": false, "media": true,
	"gentlemen": true, "businessmen": true, "businesswomen": true, "policemen": true, "fishermen": true,
	"chairmen": true, "spokesmen": true, "congressmen": true, "gunmen": true, "sportsmen": true,
	"news": false, "bus": false, "campus": false, "status": false, "census": false, "alumni": true,
}

func PluralNoun(w string) bool {
	if p, ok := irregularPlurals[w]; ok {
		return p
	}
	if strings.HasSuffix(w, "men") && len(w) > 4 {
		return true
	}
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// PluralWord reports whether word w is a plural noun: by its tag (NNS,
// NNPS) or by its form ("people", "spokesmen") whatever its tag says.
func PluralWord(w doc.Word) bool {
	return w.XPOS == "NNS" || w.XPOS == "NNPS" || PluralNoun(strings.ToLower(w.Text))
}

// The mention stage's noun lexicon, counted from GUM train by tools/mentionstrain:
// "h WORD TYPE" lines name head nouns of person/organisation/place phrases,
// "m WORD" lines words that stand inside noun phrases before their head.
//
//go:embed data/mention-lexicon.txt
var mentionLexiconData string

// WordNet's person, organisation and place nouns ("refugees", "pilgrims",
// "consortium", "suburb"), listed by tools/wordnetnouns from Debian's
// wordnet-base, widen the lexicon's heads beyond the nouns GUM train
// happens to contain.
//
//go:embed data/wordnet-nouns.txt
var wordnetNounData string

var (
	nounsOnce     sync.Once
	headNouns     map[string]doc.EntityType
	modifierWords map[string]bool
	abstractNouns map[string]bool
	nonPersons    map[string]bool
)

// nouns loads the noun lexicon on first use, so that programs that never
// run the mention or coreference stages pay nothing for it.
func nouns() { nounsOnce.Do(loadNouns) }

// NounType is the type of the phrases a listed head noun heads (person,
// organisation, place), false when the word is not listed as it stands.
func NounType(w string) (doc.EntityType, bool) {
	nouns()
	t, ok := headNouns[w]
	return t, ok
}

// AbstractNoun reports whether the singular noun w names no thing in its
// most frequent WordNet sense: an act, event, state, cognition, feeling,
// motive, phenomenon, process or time ("development", "confidence").
func AbstractNoun(w string) bool {
	nouns()
	return abstractNouns[w]
}

// NonPersonNoun reports whether no WordNet sense of the noun w (singular
// or plural) is a person or a group ("banner", "bans"), or every sense
// an act or an event ("genocide"): a phrase it heads is no person's,
// whatever its modifiers ("a visa ban").
func NonPersonNoun(w string) bool {
	nouns()
	return nonPersons[w]
}

// IsModifier reports whether w stands inside noun phrases before their
// head in the chunker's lexicon ("former", "local").
func IsModifier(w string) bool {
	nouns()
	return modifierWords[w]
}

// SetNounLexicon replaces the embedded chunker lexicon; the trainer uses
// it to measure a lexicon it has just counted.
func SetNounLexicon(data string) {
	nounsOnce.Do(func() {})
	mentionLexiconData = data
	loadNouns()
}

// AddHeadNoun lists w as a head noun of phrases of type t until the
// returned function is called: tests use it to invent nouns.
func AddHeadNoun(w string, t doc.EntityType) (remove func()) {
	nouns()
	headNouns[w] = t
	return func() { delete(headNouns, w) }
}

func loadNouns() {
	headNouns, modifierWords, abstractNouns = map[string]doc.EntityType{}, map[string]bool{}, map[string]bool{}
	nonPersons = map[string]bool{}
	for _, line := range strings.Split(mentionLexiconData, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 3 && f[0] == "h" && TagTypes[f[2]] != doc.Other && TagTypes[f[2]] != "":
			headNouns[f[1]] = TagTypes[f[2]]
		case len(f) == 2 && f[0] == "m":
			modifierWords[f[1]] = true
		}
	}
	for w, t := range kindHeads {
		if _, ok := headNouns[w]; !ok {
			headNouns[w] = t
		}
	}
	for w := range PersonNouns {
		if _, ok := headNouns[w]; !ok {
			headNouns[w] = doc.Person
		}
	}
	for _, line := range strings.Split(wordnetNounData, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "ABS" {
			abstractNouns[f[1]] = true
		}
		if len(f) == 2 && f[0] == "NOP" {
			nonPersons[f[1]] = true
		}
		if len(f) != 2 || (f[0] != "PER" && f[0] != "ORG" && f[0] != "LOC") {
			continue
		}
		if _, ok := headNouns[f[1]]; !ok {
			headNouns[f[1]] = TagTypes[f[0]]
		}
	}
	for w := range GroupNouns {
		if _, ok := headNouns[w]; !ok {
			headNouns[w] = doc.Organization
		}
	}
}

// NPDeterminers open a noun phrase and are part of it.
var NPDeterminers = Words("common/NPDeterminers")

// NotNPWord can never stand inside a noun phrase before its head.
var NotNPWord = Words("common/NotNPWord")

// kindHeads type the heads of kinds of places and bodies the counted and
// the WordNet lexicons miss (electoral divisions, monuments, periodicals).
var kindHeads = Types("mention/kindHeads")

// headSenses overrides the lexicon for nouns whose sense in news is
// another type, or none (Other).
var headSenses = Types("mention/headSenses")

// OtherHead reports whether w is a noun that names no person,
// organisation or place in news whatever the tagger says ("the
// environment", "rising seas").
func OtherHead(w string) bool {
	t, ok := headSenses[w]
	return ok && t == doc.Other
}

// HeadNoun looks a word up in the lexicon's head nouns, and a plural by
// its singular when only that is listed ("constituencies", "crowds"); a
// noun of headSenses typed Other is no head.
func HeadNoun(w string) (doc.EntityType, bool) {
	nouns()
	if t, ok := headSenses[w]; ok {
		return t, t != doc.Other
	}
	if t, ok := headNouns[w]; ok {
		return t, true
	}
	if !PluralNoun(w) {
		return "", false
	}
	for _, s := range singulars(w) {
		if t, ok := headNouns[s]; ok {
			return t, true
		}
	}
	return "", false
}

// singulars are the possible singular forms of a regular plural noun.
func singulars(w string) []string {
	var out []string
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		out = append(out, w[:len(w)-3]+"y")
	}
	for _, suf := range []string{"ses", "xes", "zes", "ches", "shes"} {
		if strings.HasSuffix(w, suf) {
			out = append(out, w[:len(w)-2]) // "churches"
		}
	}
	if len(w) > 3 {
		out = append(out, w[:len(w)-1]) // a singular of at least three letters: not "ye"
	}
	return out
}

var idiomObjects = Words("common/IdiomObjects")

// IdiomObject reports whether noun word w makes an idiom with the verb it
// is the object or oblique of ("took advantage", "gained ground"): it
// names no thing and no place, so it heads no mention.
func IdiomObject(d *doc.Document, w int) bool {
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "obj", "obl") || d.Words[h].UPOS != "VERB" {
		return false
	}
	pair := strings.ToLower(d.Words[h].Lemma) + "_" + strings.ToLower(d.Words[w].Lemma)
	return idiomObjects[pair] && !(bareIdiomObjects[pair] && ownedOrRanked(d, w))
}

var bareIdiomObjects = Words("common/BareIdiomObjects")

// isOrdinal reports whether word w, in any case, is an ordinal ("third").
func isOrdinal(w string) bool {
	_, ok := OrdinalWord(strings.ToLower(w))
	return ok
}

// ownedOrRanked reports a noun with a possessor or an ordinal before it
// ("their place", "third place").
func ownedOrRanked(d *doc.Document, w int) bool {
	for _, c := range d.Dependents(w, "nmod:poss", "amod", "nummod") {
		if c < w && (doc.RelIs(d.Words[c].Rel, "nmod:poss") || isOrdinal(d.Words[c].Text)) {
			return true
		}
	}
	return false
}
