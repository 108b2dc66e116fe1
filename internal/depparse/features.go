package depparse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/postag"
)

// atoms are the hashed attributes of the tokens of one sentence, indexed
// like the state: words 0..n-1, the root n, "no token" n+1. Hashing each
// string once per sentence leaves the features to combine integers.
type atoms struct {
	w, p, u, lem, suf []uint64 // normalized form, XPOS, UPOS, lemma, 3-letter suffix
	c1, c2            []uint64 // coarse and fine word classes (see Options.Clusters)
	punct             []int    // punct[i]: punctuation words before word i
	buf               []byte
}

var (
	rootAtom = hashString("<root>")
	noneAtom = hashString("<none>")
)

// set hashes the attributes of a sentence; tags and lemmas may be shorter
// than words (missing ones read as empty). Words are normalized as the
// tagger normalizes them (lower case, digits 0, straight quotes), which is
// also the key of their classes.
func (a *atoms) set(words, upos, xpos, lemmas []string, classes map[uint64][2]uint16) {
	n := len(words)
	a.w, a.p, a.u = fill(a.w, n+2, noneAtom), fill(a.p, n+2, noneAtom), fill(a.u, n+2, noneAtom)
	a.lem, a.suf = fill(a.lem, n+2, noneAtom), fill(a.suf, n+2, noneAtom)
	a.c1, a.c2 = fill(a.c1, n+2, noneAtom), fill(a.c2, n+2, noneAtom)
	a.punct = fill(a.punct, n+2, 0)
	for i, w := range words {
		a.punct[i+1] = a.punct[i]
		if isPunct(w, at(upos, i)) {
			a.punct[i+1]++
		}
		a.buf = postag.AppendNorm(a.buf[:0], w)
		a.w[i] = hashBytes(a.buf)
		c := classes[a.w[i]]
		a.c1[i], a.c2[i] = uint64(c[0]), uint64(c[1])|1<<16
		a.suf[i] = hashString(suffix(string(a.buf), 3)) // no copy: the conversion does not escape
		a.p[i] = hashString(at(xpos, i))
		a.u[i] = hashString(at(upos, i))
		a.lem[i] = hashString(lower(at(lemmas, i)))
	}
	a.w[n], a.p[n], a.u[n], a.lem[n], a.suf[n] = rootAtom, rootAtom, rootAtom, rootAtom, rootAtom
	a.c1[n], a.c2[n] = rootAtom, rootAtom
	a.punct[n+1] = a.punct[n]
}

// isPunct reports whether a word is punctuation: by its UPOS when there is
// one, else by having no letter or digit.
func isPunct(w, upos string) bool {
	if upos != "" {
		return upos == "PUNCT"
	}
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// between buckets the punctuation words strictly between tokens i < j
// (0, 1, 2 or more); 3 when either is missing.
func (a *atoms) between(i, j, n int) uint64 {
	if i >= n || j > n || j <= i {
		return 3
	}
	return uint64(min(a.punct[j]-a.punct[i+1], 2))
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// lower lower-cases ASCII without allocating when there is nothing to do.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// suffix returns the last k runes of s.
func suffix(s string, k int) string {
	i := len(s)
	for ; k > 0 && i > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return mix(h)
}

// mix is the finalizer of SplitMix64: every input bit reaches every output bit.
func mix(h uint64) uint64 {
	h ^= h >> 31
	h *= 0x7fb5d329728ea185
	h ^= h >> 27
	h *= 0x81dadef4bc2dd44d
	h ^= h >> 33
	return h
}

// distBucket buckets the distance between s0 and b0 as Zhang and Nivre
// do, with long distances merged.
func distBucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}

// featurizer collects the features of one configuration.
type featurizer struct {
	id    uint64 // the template being added, counted per configuration
	want  group  // the groups of templates collected
	part  [groupAll + 1]uint8
	lists [nLists][maxTemplates]uint64 // the features, by part[group]
	n     [nLists]int                  // the lengths of the lists
}

// maxTemplates bounds the number of templates (a power of two).
const maxTemplates = 128

// list returns the features of list k.
func (z *featurizer) listOf(k int) []uint64 { return z.lists[k][:z.n[k]] }

// group sorts the templates by what they read, so that a decoder can keep
// the sums of those that stay the same over several moves or hypotheses:
// the buffer group reads only the first three buffer words (and the
// bias), the same until b0 is shifted; the stack group reads s0, what it
// had when pushed (its head and label, its left children: arc-eager gives
// a stack word no new head or left child) and s1 (the stack below s0
// stays while s0 is on it), the same whenever that word is s0 again; the
// left group reads b0 and its left children, the same until b0 is
// shifted or takes another; the pair group reads the words s0, b0 and b1
// and nothing of the arcs (their distance and the punctuation between
// them included); the right group reads s0 and its right children. Which
// group a template is in changes no feature: the model stays.
type group uint8

const (
	groupRest group = 1 << iota
	groupBuf
	groupS0
	groupLeft
	groupPair
	groupRight
	groupAll = groupRest | groupBuf | groupS0 | groupLeft | groupPair | groupRight
)

// nLists is the number of feature lists: one per group.
const nLists = 6

func (z *featurizer) add(vals ...uint64) { z.in(groupRest, vals) }

// addB adds a template of the buffer group.
func (z *featurizer) addB(vals ...uint64) { z.in(groupBuf, vals) }

// addS adds a template of the stack group.
func (z *featurizer) addS(vals ...uint64) { z.in(groupS0, vals) }

// addL adds a template of the left group.
func (z *featurizer) addL(vals ...uint64) { z.in(groupLeft, vals) }

// addP adds a template of the pair group.
func (z *featurizer) addP(vals ...uint64) { z.in(groupPair, vals) }

// addR adds a template of the right group.
func (z *featurizer) addR(vals ...uint64) { z.in(groupRight, vals) }

// in adds the next template, of group g, if wanted: to the list of its
// group when split, else to the first list.
func (z *featurizer) in(g group, vals []uint64) {
	z.id++
	if z.want&g != 0 {
		k := z.part[g]
		z.lists[k][z.n[k]&(maxTemplates-1)] = hash(z.id, vals)
		z.n[k]++
	}
}

func hash(id uint64, vals []uint64) uint64 {
	h := id * 0x9E3779B97F4A7C15
	for _, v := range vals {
		h = mix(h ^ v)
	}
	return h
}

// features returns the features of configuration s: the templates of
// Zhang and Nivre (2011) for arc-eager (words, tags, pairs and triples of
// s0, b0..b2 and their heads and extreme children, distance, valency,
// child label sets), plus the second stack word, lemmas, suffixes and
// universal tags, which carry the evidence for rare words and for the
// subtypes of UD labels. The order of add calls defines the templates: a
// change of order or of the list needs a retrained model.
func (z *featurizer) features(s *state, a *atoms, lab []uint64) []uint64 {
	return z.featuresOf(s, a, lab, groupAll)
}

// featuresOf returns the features of s of the templates of the groups
// want (the ids of the templates stay those of the whole list).
func (z *featurizer) featuresOf(s *state, a *atoms, lab []uint64, want group) []uint64 {
	z.part, z.n = [groupAll + 1]uint8{}, [nLists]int{}
	z.list(s, a, lab, want)
	return z.listOf(0)
}

// byGroup fills the lists with the features of s of the templates of the
// groups want, each group's in list parts[group].
func (z *featurizer) byGroup(s *state, a *atoms, lab []uint64, want group, parts *[groupAll + 1]uint8) {
	z.part, z.n = *parts, [nLists]int{}
	z.list(s, a, lab, want)
}

// groupParts maps each group 1<<k to list k; readParts, for the greedy
// read, which keeps no sums of the pair and right groups, puts them with
// the rest in list 0.
var (
	groupParts = [groupAll + 1]uint8{groupRest: 0, groupBuf: 1, groupS0: 2, groupLeft: 3, groupPair: 4, groupRight: 5}
	readParts  = [groupAll + 1]uint8{groupRest: 0, groupBuf: 1, groupS0: 2, groupLeft: 3, groupPair: 0, groupRight: 0}
)

// list adds the templates of the groups want, in the order that defines
// them: a change of order or of the list needs a retrained model.
func (z *featurizer) list(s *state, a *atoms, lab []uint64, want group) {
	z.id, z.want = 0, want
	s0, s1, b0, b1, b2 := s.top(0), s.top(1), s.buf(0), s.buf(1), s.buf(2)
	s0h := s.headOf(s0)
	s0h2 := s.headOf(s0h)
	s0l, s0l2, s0r, s0r2 := s.l1[s0], s.l2[s0], s.r1[s0], s.r2[s0]
	b0l, b0l2 := s.l1[b0], s.l2[b0]
	w, p := a.w, a.p
	L := func(i int) uint64 { return lab[s.label[i]+1] }
	d := uint64(8) // no s0
	if s0 <= s.n {
		d = distBucket(b0 - s0)
		if b0 == s.n {
			d = 9
		}
	}
	vs := func(x int) uint64 { return uint64(x) }

	// single words
	z.addS(w[s0], p[s0])
	z.addS(w[s0])
	z.addS(p[s0])
	z.addB(w[b0], p[b0])
	z.addB(w[b0])
	z.addB(p[b0])
	z.addB(w[b1], p[b1])
	z.addB(w[b1])
	z.addB(p[b1])
	z.addB(w[b2], p[b2])
	z.addB(w[b2])
	z.addB(p[b2])
	// pairs
	z.addP(w[s0], p[s0], w[b0], p[b0])
	z.addP(w[s0], p[s0], w[b0])
	z.addP(w[s0], w[b0], p[b0])
	z.addP(w[s0], p[s0], p[b0])
	z.addP(p[s0], w[b0], p[b0])
	z.addP(w[s0], w[b0])
	z.addP(p[s0], p[b0])
	z.addB(p[b0], p[b1])
	// triples
	z.addB(p[b0], p[b1], p[b2])
	z.addP(p[s0], p[b0], p[b1])
	z.add(p[s0h], p[s0], p[b0])
	z.add(p[s0], p[s0l], p[b0])
	z.add(p[s0], p[s0r], p[b0])
	z.add(p[s0], p[b0], p[b0l])
	// distance
	z.addP(w[s0], d)
	z.addP(p[s0], d)
	z.addP(w[b0], d)
	z.addP(p[b0], d)
	z.addP(w[s0], w[b0], d)
	z.addP(p[s0], p[b0], d)
	// valency
	z.addR(w[s0], vs(s.nr[s0]))
	z.addR(p[s0], vs(s.nr[s0]))
	z.addS(w[s0], vs(s.nl[s0]))
	z.addS(p[s0], vs(s.nl[s0]))
	z.addL(w[b0], vs(s.nl[b0]))
	z.addL(p[b0], vs(s.nl[b0]))
	// heads and extreme children
	z.addS(w[s0h])
	z.addS(p[s0h])
	z.addS(L(s0))
	z.addS(w[s0l])
	z.addS(p[s0l])
	z.addS(L(s0l))
	z.addR(w[s0r])
	z.addR(p[s0r])
	z.addR(L(s0r))
	z.addL(w[b0l])
	z.addL(p[b0l])
	z.addL(L(b0l))
	// second order
	z.addS(w[s0h2])
	z.addS(p[s0h2])
	z.addS(L(s0h))
	z.addS(w[s0l2])
	z.addS(p[s0l2])
	z.addS(L(s0l2))
	z.addR(w[s0r2])
	z.addR(p[s0r2])
	z.addR(L(s0r2))
	z.addL(w[b0l2])
	z.addL(p[b0l2])
	z.addL(L(b0l2))
	z.addS(p[s0], p[s0l], p[s0l2])
	z.addR(p[s0], p[s0r], p[s0r2])
	z.addS(p[s0], p[s0h], p[s0h2])
	z.addL(p[b0], p[b0l], p[b0l2])
	// label sets
	z.addR(w[s0], s.rs[s0])
	z.addR(p[s0], s.rs[s0])
	z.addS(w[s0], s.ls[s0])
	z.addS(p[s0], s.ls[s0])
	z.addL(w[b0], s.ls[b0])
	z.addL(p[b0], s.ls[b0])
	// beyond Zhang and Nivre
	z.addB(1) // bias: the prior of each transition
	z.addS(p[s1])
	z.addS(w[s1], p[s1])
	z.add(p[s1], p[s0], p[b0])
	z.add(L(s1), p[s0], p[b0])
	z.addS(a.lem[s0])
	z.addB(a.lem[b0])
	z.addP(a.lem[s0], a.lem[b0])
	z.addP(a.lem[s0], p[b0])
	z.addP(p[s0], a.lem[b0])
	z.addS(a.suf[s0], p[s0])
	z.addB(a.suf[b0], p[b0])
	z.addB(a.suf[b1])
	z.addP(a.u[s0], a.u[b0])
	z.addP(a.u[s0], a.u[b0], a.u[b1])
	z.add(a.u[s0h], a.u[s0], a.u[b0])
	z.add(L(s0), p[s0], p[b0])
	z.addL(a.lem[b0], L(b0l))
	z.addR(a.lem[s0], L(s0r))
	pb := a.between(s0, b0, s.n)
	z.addP(p[s0], p[b0], pb)
	z.add(L(s0), p[b0], pb)
	z.addP(w[b0], pb)
	// word classes: what the words' contexts in unlabelled text say,
	// evidence that survives a wrong tag
	c1, c2 := a.c1, a.c2
	z.addS(c2[s0])
	z.addB(c2[b0])
	z.addB(c2[b1])
	z.addP(c1[s0], c1[b0])
	z.addP(c2[s0], p[b0])
	z.addP(p[s0], c2[b0])
	z.addP(c1[s0], c1[b0], c1[b1])
	z.addS(c1[s0h], c1[s0])
	z.add(c1[s0], c1[s0l], c1[s0r])
	z.addL(c1[b0], c1[b0l])
	z.add(c1[s1], c1[s0], c1[b0])
}
