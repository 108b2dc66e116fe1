package postag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// script is an edit script from a form to its lemma: lower-case the form
// (or not), strip its last strip characters, append add. "Mice" NNS ->
// "mouse" is {lower, 4, "mouse"}; "flies" VBZ -> "fly" is {lower, 3, "y"};
// "Apple" NNP -> "Apple" is {keep, 0, ""}.
type script struct {
	lower bool
	strip int
	add   string
}

// scriptsOf returns the scripts that make lemma of form: one from the
// lower-cased form, one from the form as written. A word type takes the
// script that fits most of its tokens: "I" and "i" -> "I" share only
// {lower, 1, "I"}; "Apple" and "apple" NNP -> themselves share {keep, 0, ""}.
func scriptsOf(form, lemma string) [2]script {
	a := editFrom(strings.ToLower(form), lemma)
	a.lower = true
	return [2]script{a, editFrom(form, lemma)}
}

func editFrom(form, lemma string) script {
	n := 0 // common prefix in bytes, on a rune boundary
	for n < len(form) && n < len(lemma) && form[n] == lemma[n] {
		n++
	}
	for n > 0 && n < len(form) && !utf8.RuneStart(form[n]) {
		n--
	}
	return script{strip: utf8.RuneCountInString(form[n:]), add: lemma[n:]}
}

// apply returns the lemma the script makes of form; form itself when the
// script changes nothing (no allocation).
func (s script) apply(form string) string {
	if s.strip == 0 && s.add == "" && (!s.lower || !hasUpper(form)) {
		return form
	}
	base := form
	if s.lower {
		base = strings.ToLower(form)
	}
	n := len(base)
	for k := s.strip; k > 0 && n > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(base[:n])
		n -= size
	}
	return base[:n] + s.add
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// lemmatizer holds scripts learnt from the training data: per known word
// and tag (only where the suffix rules would get it wrong) and per tag and
// suffix of one to five characters (the commonest script among the word
// types ending so, counting only scripts that stay within the suffix, so
// that "fed" -> "feed" teaches nothing about "blorfed").
type lemmatizer struct {
	scripts []script
	words   map[uint64]uint32 // mix(norm, class) -> script
	rules   map[uint64]uint32 // mix(mix(suffix, length), class) -> script
	deflt   []uint32          // per class: the script of words with no known suffix
}

// lemma returns the lemma of form, of class c, whose features are t.
func (l *lemmatizer) lemma(form string, t *tok, c int) string {
	return l.scripts[l.find(t, c)].apply(form)
}

func (l *lemmatizer) find(t *tok, c int) uint32 {
	if s, ok := l.words[wordKey(t.norm, c)]; ok {
		return s
	}
	for k := len(t.suf) - 1; k >= 0; k-- {
		if t.suf[k] == 0 {
			continue
		}
		if s, ok := l.rules[ruleKey(t.suf[k], k, c)]; ok {
			return s
		}
	}
	return l.deflt[c]
}

func wordKey(norm uint64, c int) uint64   { return mix(norm, uint64(c)) }
func ruleKey(suf uint64, k, c int) uint64 { return mix(mix(suf, uint64(k)), uint64(c)) }

// lemmaCount counts what the training data says of one word or suffix.
type lemmaCount map[uint64]map[uint32]int

func (lc lemmaCount) add(key uint64, s uint32, n int) {
	m := lc[key]
	if m == nil {
		m = map[uint32]int{}
		lc[key] = m
	}
	m[s] += n
}

// best returns the commonest script (ties: the shorter strip, then the
// lower id), its count and the total.
func (l *lemmatizer) best(m map[uint32]int) (s uint32, n, total int) {
	first := true
	for k, v := range m {
		total += v
		if first || v > n || v == n && l.less(k, s) {
			s, n, first = k, v, false
		}
	}
	return s, n, total
}

func (l *lemmatizer) less(a, b uint32) bool {
	if sa, sb := l.scripts[a].strip, l.scripts[b].strip; sa != sb {
		return sa < sb
	}
	return a < b
}

// lemmaSample is one training word: its tok, class, form and lemma.
type lemmaSample struct {
	t      tok
	class  int
	form   string
	lemma  string
	weight int // the primary treebank's words count more (Options.Primary)
}

// trainLemmatizer learns the scripts of the samples (one per word token).
func trainLemmatizer(samples []lemmaSample, classes int) *lemmatizer {
	l := &lemmatizer{words: map[uint64]uint32{}, rules: map[uint64]uint32{}, deflt: make([]uint32, classes)}
	ids := map[script]uint32{}
	id := func(s script) uint32 {
		i, ok := ids[s]
		if !ok {
			i = uint32(len(l.scripts))
			ids[s] = i
			l.scripts = append(l.scripts, s)
		}
		return i
	}
	id(script{lower: true}) // script 0: lower-case, nothing else
	words := lemmaCount{}
	type typeKey struct {
		norm  uint64
		class int
	}
	seen := map[typeKey]int{} // first sample of each word type and class
	var order []typeKey
	for i, s := range samples {
		sc := scriptsOf(s.form, s.lemma)
		words.add(wordKey(s.t.norm, s.class), id(sc[0]), s.weight)
		if sc[1] != sc[0] {
			words.add(wordKey(s.t.norm, s.class), id(sc[1]), s.weight)
		}
		k := typeKey{s.t.norm, s.class}
		if _, ok := seen[k]; !ok {
			seen[k] = i
			order = append(order, k)
		}
	}
	// suffix rules count word types, each with its commonest script
	rules := lemmaCount{}
	deflt := make([]map[uint32]int, classes)
	for _, k := range order {
		s := samples[seen[k]]
		sc, _, _ := l.best(words[wordKey(k.norm, k.class)])
		strip := l.scripts[sc].strip
		if deflt[k.class] == nil {
			deflt[k.class] = map[uint32]int{}
		}
		if strip == 0 {
			deflt[k.class][sc]++
		}
		for n, suf := range s.t.suf {
			if suf != 0 && n+1 >= strip {
				rules.add(ruleKey(suf, n, k.class), sc, 1)
			}
		}
	}
	for c, m := range deflt {
		if m != nil {
			l.deflt[c], _, _ = l.best(m)
		}
	}
	for key, m := range rules {
		if s, n, total := l.best(m); total >= 2 && 2*n > total {
			l.rules[key] = s
		}
	}
	// the word lexicon keeps the words the rules get wrong
	for _, k := range order {
		sc, _, _ := l.best(words[wordKey(k.norm, k.class)])
		t := samples[seen[k]].t
		if l.find(&t, k.class) != sc {
			l.words[wordKey(k.norm, k.class)] = sc
		}
	}
	return l
}

// Knows reports whether the training data gave the word norm (Norm of the
// form), tagged upos/xpos, a lemma of its own (one the suffix rules would
// get wrong, "fed" -> "feed"): a lemma the dictionary must not mend
// (Lexicon.Lemma).
func (m *Model) Knows(norm, upos, xpos string) bool {
	for c := range m.upos {
		if m.upos[c] == upos && m.xpos[c] == xpos {
			_, ok := m.lem.words[wordKey(hashString(norm), c)]
			return ok
		}
	}
	return false
}
