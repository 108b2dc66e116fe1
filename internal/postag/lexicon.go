package postag

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Lexicon is what dictionaries say of word types: the word classes WordNet
// and compromise give a word (extract/syntax/model/pos-lexicon.txt, made by
// scripts/poslexicon.mjs). A word the treebanks never showed, or seldom,
// still tells the tagger "noun or verb" or "a past tense": its class is a
// feature (Options.Lexicon, lexfeats.go). The lemmatizer's edit scripts
// guess the lemma of a word the treebanks never showed from its suffix,
// and guess wrong on irregular and e-final verbs ("fled" -> "flead",
// "inflamed" -> "inflam"); the graph names event frames by lemma, so such
// a guess makes a frame nobody can find. The lexicon knows which bases are words.
//
// Words are kept by hash, so that the 90k entries hold no pointers for the
// garbage collector to scan at every cycle of a run.
type Lexicon struct {
	words     map[uint64]uint64     // hashString(normalized word) -> code bits
	irregular map[uint64][4]baseRef // irregular form -> its noun, verb, adjective, adverb base (WordNet)
	bases     string                // the irregular forms' bases, end to end
}

// baseRef is a base of an irregular form: bases[off : off+n] (n 0: none).
type baseRef struct{ off, n uint32 }

func (l *Lexicon) base(r baseRef) string { return l.bases[r.off : r.off+r.n] }

// bits returns the code bits of the normalized word w (0: unknown).
func (l *Lexicon) bits(w string) uint64 { return l.words[hashString(w)] }

// lexCodes are the codes of the lexicon file, by bit.
var lexCodes = []string{
	"N", "V", "A", "R", "N~", "V~", "A~", "R~", // WordNet lemmas and irregular forms
	"cN", "cNs", "cV", "cVs", "cVd", "cVn", "cVg", "cJ", "cJr", "cJs", "cR", "cP", "cC", "cD",
	"cPro", "cM", "cNeg", "cQ", "cX", "cNum", "cOrd", "cDate", "cHon", "cDem", "cName", // compromise
}

func lexBit(code string) uint64 { return 1 << slices.Index(lexCodes, code) }

// Word kinds of lexicon bases, in the order of Lexicon.irregular.
const (
	kindNoun = iota
	kindVerb
	kindAdj
	kindAdv
)

// kindMasks are the codes that make a word a base of each kind.
var kindMasks = [4]uint64{
	lexBit("N") | lexBit("cN"), lexBit("V") | lexBit("cV"),
	lexBit("A") | lexBit("cJ"), lexBit("R") | lexBit("cR"),
}

// ReadLexicon reads a lexicon file: "#" comment lines, then a word, a tab
// and its space-separated codes a line. An unknown code is an error, so
// that a regenerated file cannot drift from this reader silently.
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{words: map[uint64]uint64{}, irregular: map[uint64][4]baseRef{}}
	var bases strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		word, codes, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("postag: lexicon line %d: no tab", n)
		}
		w := hashString(Norm(word))
		var bits uint64
		for _, c := range strings.Fields(codes) {
			c, base, irregular := strings.Cut(c, "~")
			if irregular {
				c += "~"
			}
			i := slices.Index(lexCodes, c)
			if i < 0 {
				return nil, fmt.Errorf("postag: lexicon line %d: unknown code %q", n, c)
			}
			bits |= 1 << i
			if irregular && l.irregular[w][i-4].n == 0 { // the first base listed
				b := l.irregular[w]
				b[i-4] = baseRef{uint32(bases.Len()), uint32(len(base))}
				bases.WriteString(base)
				l.irregular[w] = b
			}
		}
		l.words[w] |= bits
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("postag: lexicon: %w", err)
	}
	l.bases = bases.String()
	return l, nil
}

// Len returns the number of words of the lexicon.
func (l *Lexicon) Len() int { return len(l.words) }

// inflected gives the kind of base and the suffixes of the inflected
// Penn tags whose lemma the lexicon can check.
var inflected = map[string]struct {
	kind     int
	suffixes []string
}{
	"NNS": {kindNoun, []string{"s", "es", "ies", "men"}},
	"VBZ": {kindVerb, []string{"s", "es", "ies"}},
	"VBD": {kindVerb, []string{"ed", "ied"}},
	"VBN": {kindVerb, []string{"ed", "ied"}},
	"VBG": {kindVerb, []string{"ing", "ying"}},
	"JJR": {kindAdj, []string{"er", "ier"}},
	"JJS": {kindAdj, []string{"est", "iest"}},
}

// Mends reports whether Lemma may change the lemma of a word of Penn tag
// xpos: an inflection it can undo, or a verb's base form that may be a
// misread irregular past.
func Mends(xpos string) bool {
	_, ok := inflected[xpos]
	return ok || xpos == "VB" || xpos == "VBP"
}

// inflections are the regular suffixes Lemma undoes (after WordNet's
// morphy): strip the suffix, append repl.
var inflections = []struct{ suffix, repl string }{
	{"s", ""}, {"es", ""}, {"ies", "y"}, {"men", "man"},
	{"ed", ""}, {"ed", "e"}, {"ied", "y"},
	{"ing", ""}, {"ing", "e"}, {"ying", "ie"},
	{"er", ""}, {"er", "e"}, {"ier", "y"},
	{"est", ""}, {"est", "e"}, {"iest", "y"},
}

// Lemma returns the lemma the lexicon gives the word w (normalized: Norm)
// of Penn tag xpos when guess (the suffix rules' lemma) is no base of its
// kind ("provoked" VBN: "provok" is no verb, "provoke" is), else guess. An
// irregular form takes its WordNet base ("fled" -> "flee"); otherwise the
// regular inflections are undone, and where both "hop" and "hope" are
// verbs, a base ending consonant-vowel-consonant takes the "e" ("hoped"),
// since English doubles that consonant ("hopped"). When the training data
// gave the word its own lemma (known), only an irregular form is mended:
// the treebanks' conventions ("regards" NNS stays "regards") stand.
//
// A base-form tag (VB, VBP) on a word that is only an irregular form of a
// verb ("dove" VBP: a past the tagger misread) takes that verb's base too.
func (l *Lexicon) Lemma(w, xpos, guess string, known bool) string {
	if l == nil || len(w) < 4 || !lowerASCII(w) {
		return guess
	}
	if xpos == "VB" || xpos == "VBP" {
		if r := l.irregular[hashString(w)][kindVerb]; !known && r.n != 0 && l.bits(w)&kindMasks[kindVerb] == 0 {
			return l.base(r)
		}
		return guess
	}
	inf, ok := inflected[xpos]
	if !ok {
		return guess
	}
	mask := kindMasks[inf.kind]
	if l.bits(guess)&mask != 0 {
		return guess
	}
	if r := l.irregular[hashString(w)][inf.kind]; r.n != 0 {
		return l.base(r)
	}
	if known {
		return guess
	}
	var plain, withE string
	for _, f := range inflections {
		n := len(w) - len(f.suffix)
		if n < 2 || w[n:] != f.suffix || !slices.Contains(inf.suffixes, f.suffix) {
			continue
		}
		base := w[:n] + f.repl
		if l.bits(base)&mask == 0 && f.repl == "" && n >= 3 && w[n-1] == w[n-2] {
			base = w[:n-1] // "stopped"
		}
		if l.bits(base)&mask == 0 {
			continue
		}
		if f.repl == "e" {
			withE = base
		} else if plain == "" {
			plain = base
		}
	}
	switch {
	case withE != "" && (plain == "" || cvc(plain)):
		return withE
	case plain != "":
		return plain
	case l.bits(w)&mask != 0: // "shed", "cast": the base form itself
		return w
	}
	return guess
}

func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// cvc reports whether w ends consonant-vowel-consonant (not w, x or y).
func cvc(w string) bool {
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(w)
	return n >= 3 && !vowel(w[n-3]) && vowel(w[n-2]) && !vowel(w[n-1]) && strings.IndexByte("wxy", w[n-1]) < 0
}

// Common reports whether the lower-case word w is a common word of the
// lexicon, itself or by a regular inflection undone ("praises": "praise"),
// and whether compromise lists it as a name: a title-cased headline's word
// is read in lower case only when it is common and no name.
func (l *Lexicon) Common(w string) (common, name bool) {
	if l == nil {
		return false, false
	}
	name = l.bits(w)&nameBit != 0
	return (l.bits(w)|l.baseBits(w))&^nameBit != 0, name
}

// Nominal reports whether the lower-case word w is in the lexicon only as
// a noun or an adjective, itself and by any regular inflection undone
// ("nova", "cape"; not "praise", "between", nor "beats" of "beat").
func (l *Lexicon) Nominal(w string) bool {
	if l == nil {
		return false
	}
	return l.bits(w) != 0 && (l.bits(w)|l.baseBits(w))&^nominalBits == 0
}

// Verb reports whether the lower-case word w can be a verb: the lexicon
// lists it, or its base by a regular inflection undone, as one ("praises").
func (l *Lexicon) Verb(w string) bool {
	if l == nil {
		return false
	}
	return (l.bits(w)|l.baseBits(w))&verbBits != 0
}

// Modifier reports whether the lexicon knows the lower-case word w,
// itself or by a regular inflection undone, as an adjective or adverb and
// never as a verb ("nationwide", "upcoming", "aloud"): a verb tag on it is
// the tagger's error.
func (l *Lexicon) Modifier(w string) bool {
	if l == nil {
		return false
	}
	return (l.bits(w)|l.baseBits(w))&modifierBits != 0 && !l.Verb(w)
}

// baseBits are the lexicon's codes of the bases w has by each regular
// inflection undone (those Lemma undoes), for Common, Nominal and Verb.
func (l *Lexicon) baseBits(w string) uint64 {
	var b uint64
	for _, f := range inflections {
		if n := len(w) - len(f.suffix); n >= 3 && w[n:] == f.suffix {
			b |= l.bits(w[:n] + f.repl)
		}
	}
	return b
}

// The codes Common, Nominal and Verb test, made once.
var (
	nameBit     = lexBit("cName")
	nominalBits = lexBits("N A N~ A~ cN cNs cJ cJr cJs cName")
	verbBits    = lexBits("V V~ cV cVs cVd cVn cVg")
	// modifierBits are the adjective and adverb codes (Modifier).
	modifierBits = lexBits("A A~ R R~ cJ cJr cJs cR")
)

// lexBits is the mask of the space-separated lexicon codes.
func lexBits(codes string) uint64 {
	var mask uint64
	for _, c := range strings.Fields(codes) {
		mask |= lexBit(c)
	}
	return mask
}
