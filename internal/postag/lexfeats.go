package postag

import (
	"fmt"
	"os"
	"slices"
)

// Bits a word takes from a base by a regular inflection (derived as
// WordNet's morphy undoes them: "plants" is the plural of a noun and the
// third person of a verb), above the file's codes.
const (
	lexNs   = 1 << (40 + iota) // noun + s
	lexVs                      // verb + s
	lexVd                      // verb + ed
	lexVg                      // verb + ing
	lexAx                      // adjective + er/est
	lexRly                     // adjective + ly
	lexNone = 1 << 61          // a word the lexicon does not know
)

// derivations are the regular suffixes class undoes: strip the suffix,
// append repl, and if the result is a base of a kind in from, the word
// gets bit (0: lexNs and/or lexVs, by the base's kinds).
var derivations = func() []struct {
	suffix, repl string
	from, bit    uint64
} {
	noun, verb, adj := kindMasks[kindNoun], kindMasks[kindVerb], kindMasks[kindAdj]
	return []struct {
		suffix, repl string
		from, bit    uint64
	}{
		{"s", "", noun | verb, 0}, {"es", "", noun | verb, 0}, {"ies", "y", noun | verb, 0}, {"men", "man", noun | verb, 0},
		{"ed", "", verb, lexVd}, {"ed", "e", verb, lexVd}, {"ied", "y", verb, lexVd},
		{"ing", "", verb, lexVg}, {"ing", "e", verb, lexVg}, {"ying", "ie", verb, lexVg},
		{"er", "", adj, lexAx}, {"er", "e", adj, lexAx}, {"ier", "y", adj, lexAx},
		{"est", "", adj, lexAx}, {"est", "e", adj, lexAx}, {"iest", "y", adj, lexAx},
		{"ly", "", adj, lexRly}, {"ily", "y", adj, lexRly}, {"ally", "", adj, lexRly}, {"ly", "le", adj, lexRly},
	}
}()

// class returns the code bits of the normalized word w (0: unknown), with
// the bits of its regular inflections; buf is scratch space.
func (l *Lexicon) class(w []byte, buf []byte) (uint64, []byte) {
	if l == nil || len(w) == 0 {
		return 0, buf
	}
	bits := l.words[hashBytes(w)]
	if len(w) < 4 || !lowerASCII(string(w)) {
		return bits, buf
	}
	for _, f := range derivations {
		n := len(w) - len(f.suffix)
		if n < 2 || string(w[n:]) != f.suffix {
			continue
		}
		buf = append(append(buf[:0], w[:n]...), f.repl...)
		b := l.words[hashBytes(buf)]
		if b&f.from == 0 && f.repl == "" && n >= 3 && w[n-1] == w[n-2] && f.bit&(lexVd|lexVg|lexAx) != 0 {
			b = l.words[hashBytes(w[:n-1])] // "stopped", "bigger": a doubled consonant
		}
		switch {
		case b&f.from == 0:
		case f.bit != 0:
			bits |= f.bit
		default:
			if b&kindMasks[kindNoun] != 0 {
				bits |= lexNs
			}
			if b&kindMasks[kindVerb] != 0 {
				bits |= lexVs
			}
		}
	}
	return bits, buf
}

// save writes the lexicon after its code list: words by hash, in sorted
// order, then the irregular forms' bases.
func (l *Lexicon) save(e *encoder) {
	if l == nil {
		e.uv(0)
		return
	}
	e.uv(uint64(len(lexCodes)))
	for _, c := range lexCodes {
		e.str(c)
	}
	keys := sortedKeys(l.words)
	e.uv(uint64(len(keys)))
	for _, k := range keys {
		e.u64(k)
		e.uv(l.words[k])
	}
	keys = sortedKeys(l.irregular)
	e.uv(uint64(len(keys)))
	for _, k := range keys {
		e.u64(k)
		for _, r := range l.irregular[k] {
			e.str(l.base(r))
		}
	}
}

// loadLexicon reads what save wrote (nil: the model has no lexicon).
func loadLexicon(d *decoder) *Lexicon {
	n := d.count(64)
	if n == 0 {
		return nil
	}
	codes := make([]string, n)
	for i := range codes {
		codes[i] = d.str()
	}
	if !slices.Equal(codes, lexCodes) {
		d.fail("lexicon codes differ from this build's")
		return nil
	}
	k := d.count(len(d.b) / 9)
	l := &Lexicon{words: make(map[uint64]uint64, k)}
	for range k {
		w := d.u64()
		l.words[w] = d.uv()
	}
	k = d.count(len(d.b) / 12)
	l.irregular = make(map[uint64][4]baseRef, k)
	var bases []byte
	for range k {
		w := d.u64()
		var refs [4]baseRef
		for i := range refs {
			b := d.str()
			refs[i] = baseRef{uint32(len(bases)), uint32(len(b))}
			bases = append(bases, b...)
		}
		l.irregular[w] = refs
	}
	l.bases = string(bases)
	return l
}

// ReadLexiconFile reads the lexicon file at path (see ReadLexicon); an
// empty path is no lexicon (nil).
func ReadLexiconFile(path string) (*Lexicon, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	defer f.Close()
	return ReadLexicon(f)
}

// lexSeenMax is the seenBucket from which a word gets no lexicon
// features: a word the treebanks show 3 times or more has its own evidence
// there (ambiguity class, weights of its form), and a dictionary class,
// learnt over many words, outvoted it on frequent ambiguous ones ("the New
// Hampshire primary": primary JJ). EWT dev UPOS, one run each: features
// for every word 95.72, words seen under 20 times 95.63, under 3 times 95.77.
const lexSeenMax = 2

// lexFeats appends the lexicon features of word t: its dictionary
// classes ("noun or verb", "a past tense"), alone and with its last three
// letters, each with ctx: the word's capitalisation context and how often
// the treebanks show it (capsContext, seenBucket).
func lexFeats(dst []uint64, t *tok, ctx uint64) []uint64 {
	return append(dst, feat2(tLex, t.lex, ctx), feat2(tLexSuf, t.lex^ctx<<56, t.suf[2]))
}

// capsContext tells lexFeats whether word t, with neighbours l1 and r1, is
// written as a name: 0 in lower case (or in a title-case sentence), else 1,
// plus 2 when a neighbour is capitalised too (a name sequence: "New" in
// "New Hampshire" is no adjective whatever the dictionary says) and 4 at
// the start of the sentence. A dictionary's word class then weighs
// separately against capitalisation, and cannot override it.
func capsContext(t, l1, r1 *tok, first bool) uint64 {
	const capital = flagUpper | flagAllCap
	if t.flags&capital == 0 || t.flags&flagTitle != 0 {
		return 0
	}
	c := uint64(1)
	if l1.flags&capital != 0 || r1.flags&capital != 0 {
		c |= 2
	}
	if first {
		c |= 4
	}
	return c
}
