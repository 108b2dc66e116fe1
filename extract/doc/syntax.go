package doc

import "strings"

// Word is a syntactic word in the sense of Universal Dependencies: a token
// of the pipeline, or a part of one ("do" and "n't" of "don't", "well" "-"
// "known" of "well-known"), with its part of speech, lemma and place in the
// dependency tree of its sentence (written by the syntax stage).
type Word struct {
	Span
	Text     string
	Token    int // the token the word is (part of)
	Sentence int
	UPOS     string // universal part of speech: NOUN, VERB, PROPN...
	XPOS     string // Penn Treebank tag: NN, VBD, NNP...
	Lemma    string
	// Head is the index in Document.Words of the word this one depends
	// on, -1 for the root of the sentence.
	Head int
	// Rel is the UD relation to the head, with its subtype: nsubj,
	// nsubj:pass, obl:tmod, acl:relcl...
	Rel string
}

// SentenceWords returns the word range [first, last) of sentence s, found
// through the words of its tokens; first == last before the syntax stage.
func (d *Document) SentenceWords(s int) (first, last int) {
	sent := d.Sentences[s]
	return d.wordOfToken(sent.First), d.wordOfToken(sent.Last)
}

// wordOfToken is the index of the first word of token t or later (len(Words) past the end).
func (d *Document) wordOfToken(t int) int {
	if ix := &d.wordIx; uint(t) < uint(len(ix.of)) && ix.holds(d) {
		return int(ix.of[t])
	}
	lo, hi := 0, len(d.Words)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Words[m].Token < t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// wordIndex is wordOfToken of every token and of len(Tokens), for the
// words and tokens it was made from: the syntax helpers ask it for a
// sentence's words at every call, and a search over the document's words
// was ~2 % of the pipeline.
type wordIndex struct {
	of     []int32
	first  *Word // &Words[0] when made (nil: no words)
	words  int
	tokens int
}

// IndexWords makes the word index of d's words and tokens; the syntax
// stage calls it once the words are made. Words or tokens changed
// afterwards (another slice or length) fall back to the search.
func (d *Document) IndexWords() {
	of := make([]int32, len(d.Tokens)+1)
	w := 0
	for t := range of {
		for w < len(d.Words) && d.Words[w].Token < t {
			w++
		}
		of[t] = int32(w)
	}
	d.wordIx = wordIndex{of: of, words: len(d.Words), tokens: len(d.Tokens)}
	d.treeIx = treeIndex{} // the words are new: their tree is not made yet
	if len(d.Words) > 0 {
		d.wordIx.first = &d.Words[0]
	}
}

// holds reports whether the index was made from d's words and tokens as
// they are.
func (ix *wordIndex) holds(d *Document) bool {
	if ix.words != len(d.Words) || ix.tokens != len(d.Tokens) {
		return false
	}
	return len(d.Words) == 0 || ix.first == &d.Words[0]
}

// TokenWord returns the word that stands for token t in the parse: the
// first of its words whose head lies outside the token ("term" of
// "long-term", whose "long" and "-" depend on it), or -1 when t has no
// words.
func (d *Document) TokenWord(t int) int {
	first := d.wordOfToken(t)
	last := d.wordOfToken(t + 1)
	for w := first; w < last; w++ {
		if h := d.Words[w].Head; h < first || h >= last {
			return w
		}
	}
	if first < last {
		return first
	}
	return -1
}

// Children returns the dependents of word w in text order.
func (d *Document) Children(w int) []int {
	var out []int
	if kids, ok := d.dependents(w); ok {
		for _, c := range kids {
			out = append(out, int(c))
		}
		return out
	}
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for c := first; c < last; c++ {
		if d.Words[c].Head == w {
			out = append(out, c)
		}
	}
	return out
}

// CaseWords is the preposition that marks word w as written, lower case,
// the words of a fixed expression joined by a space ("according to");
// "" when none. CaseMarker gives the lemmas, which make "accord" of
// "according". Word lists of such markers are "lines" lists (lex.Words).
func (d *Document) CaseWords(w int) string {
	var parts []string
	for _, c := range d.Dependents(w, "case") {
		parts = append(parts, strings.ToLower(d.Words[c].Text))
		for _, f := range d.Dependents(c, "fixed") {
			parts = append(parts, strings.ToLower(d.Words[f].Text))
		}
	}
	return strings.Join(parts, " ")
}

// Dependents returns the dependents of w whose relation is one of rels,
// a bare relation also matching its subtypes ("nsubj" matches
// "nsubj:pass"; "nsubj:pass" only itself).
func (d *Document) Dependents(w int, rels ...string) []int {
	// Children's scan, without the list of all children
	var out []int
	if kids, ok := d.dependents(w); ok {
		for _, c := range kids {
			if RelIs(d.Words[c].Rel, rels...) {
				out = append(out, int(c))
			}
		}
		return out
	}
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for c := first; c < last; c++ {
		if d.Words[c].Head == w && RelIs(d.Words[c].Rel, rels...) {
			out = append(out, c)
		}
	}
	return out
}

// RelIs reports whether relation rel is one of rels, a bare relation also
// matching its subtypes.
func RelIs(rel string, rels ...string) bool {
	base, _, _ := strings.Cut(rel, ":")
	for _, r := range rels {
		if r == rel || r == base {
			return true
		}
	}
	return false
}

// Subtree returns the word range [first, last) that w and its descendants
// cover, and their span of text. Trees from the parser are projective in
// the main, so the range holds the phrase headed by w.
func (d *Document) Subtree(w int) (first, last int, span Span) {
	first, last = w, w+1
	sf, sl := d.SentenceWords(d.Words[w].Sentence)
	for c := sf; c < sl; c++ {
		if c != w && d.dominates(w, c) {
			first, last = min(first, c), max(last, c+1)
		}
	}
	return first, last, Span{Start: d.Words[first].Start, End: d.Words[last-1].End}
}

// dominates reports whether a is an ancestor of b.
func (d *Document) dominates(a, b int) bool {
	for steps := 0; b >= 0 && steps < len(d.Words); steps++ {
		b = d.Words[b].Head
		if b == a {
			return true
		}
	}
	return false
}

// Subjects returns the subjects of predicate w (nsubj, nsubj:pass, csubj,
// expl excluded). A predicate conjoined to another without a subject of
// its own shares the first conjunct's ("She arrived and spoke": "she" for
// "spoke"); an open complement takes its controller ("He wants to leave":
// "he" for "leave", the object for "asked her to leave"); a non-finite
// adverbial clause, which cannot have a subject of its own, takes the
// subject of the clause it modifies ("She flew to Rome to meet him",
// "Before leaving, he spoke").
func (d *Document) Subjects(w int) []int {
	for steps := 0; w >= 0 && steps < len(d.Words); steps++ {
		if s := d.Dependents(w, "nsubj", "csubj"); len(s) > 0 {
			return s
		}
		switch rel := d.Words[w].Rel; {
		case RelIs(rel, "conj"):
			w = d.Words[w].Head
		case RelIs(rel, "advcl") && d.NonFinite(w):
			w = d.Words[w].Head
		case RelIs(rel, "xcomp"):
			h := d.Words[w].Head
			if o := d.Dependents(h, "obj", "iobj"); len(o) > 0 {
				return o[len(o)-1:]
			}
			w = h
		default:
			return nil
		}
	}
	return nil
}

// NonFinite reports whether verb w heads a clause without tense: an
// infinitive ("to meet"), a gerund or a participle, with no auxiliary
// that would carry tense ("meeting", "released", not "was released").
func (d *Document) NonFinite(w int) bool {
	switch d.Words[w].XPOS {
	case "VB", "VBG", "VBN":
	default:
		return false
	}
	for _, a := range d.Dependents(w, "aux") {
		if x := d.Words[a].XPOS; x != "TO" && x != "VBG" && x != "VBN" && x != "VB" {
			return false // "will meet", "had been released"
		}
	}
	return true
}

// Passive reports whether predicate w is in the passive voice: it has a
// passive auxiliary or subject ("was released", "got fired"), or it is a
// participle conjoined to a passive without a subject or auxiliary of its
// own ("was arrested and charged").
func (d *Document) Passive(w int) bool {
	for steps := 0; w >= 0 && steps < len(d.Words); steps++ {
		if len(d.Dependents(w, "aux:pass", "nsubj:pass", "csubj:pass")) > 0 {
			return true
		}
		if !RelIs(d.Words[w].Rel, "conj") || d.Words[w].XPOS != "VBN" ||
			len(d.Dependents(w, "nsubj", "csubj", "aux")) > 0 {
			return false
		}
		w = d.Words[w].Head
	}
	return false
}

// TokenWords returns the word range [first, last) of the tokens
// [firstTok, lastTok): the words of a mention, say.
func (d *Document) TokenWords(firstTok, lastTok int) (first, last int) {
	return d.wordOfToken(firstTok), d.wordOfToken(lastTok)
}

// Objects returns the direct and indirect objects of predicate w.
func (d *Document) Objects(w int) []int { return d.Dependents(w, "obj", "iobj") }

// Obliques returns the oblique dependents of w (obl and its subtypes:
// "in Paris", "on Tuesday", obl:agent "by the governor"), each with the
// preposition that marks it, "" when none.
func (d *Document) Obliques(w int) (obls []int, preps []string) {
	for _, o := range d.Dependents(w, "obl") {
		obls = append(obls, o)
		preps = append(preps, d.CaseMarker(o))
	}
	return obls, preps
}

// CaseMarker is the lemma of the case dependent of w ("in", "by"), lower
// case, joined for multiword ones ("because of"); "" when none.
func (d *Document) CaseMarker(w int) string {
	var parts []string
	for _, c := range d.Dependents(w, "case") {
		parts = append(parts, strings.ToLower(d.lemmaOrText(c)))
		for _, f := range d.Dependents(c, "fixed") {
			parts = append(parts, strings.ToLower(d.lemmaOrText(f)))
		}
	}
	return strings.Join(parts, " ")
}

func (d *Document) lemmaOrText(w int) string {
	if l := d.Words[w].Lemma; l != "" {
		return l
	}
	return d.Words[w].Text
}

// Auxiliaries returns the auxiliaries of predicate w (aux, aux:pass and
// the copula), in text order.
func (d *Document) Auxiliaries(w int) []int { return d.Dependents(w, "aux", "cop") }

// Modal returns the lemma of the modal auxiliary of w ("would", "may",
// "can"; XPOS MD), "" when there is none.
func (d *Document) Modal(w int) string {
	for _, a := range d.Dependents(w, "aux") {
		if d.Words[a].XPOS == "MD" {
			return strings.ToLower(d.lemmaOrText(a))
		}
	}
	return ""
}

// Negated reports whether w is negated by one of its own dependents:
// "not", "n't", "never" (advmod), "no" (det of a nominal predicate).
func (d *Document) Negated(w int) bool {
	for _, c := range d.Children(w) {
		word := d.Words[c]
		if RelIs(word.Rel, "advmod", "det") && isNegation(strings.ToLower(word.Text)) {
			return true
		}
	}
	return false
}

func isNegation(w string) bool {
	switch w {
	case "not", "n't", "n’t", "never", "no":
		return true
	}
	return false
}

// Complements returns the clausal complements of w: ccomp ("said that he
// left") and xcomp ("wants to leave"), in text order.
func (d *Document) Complements(w int) []int { return d.Dependents(w, "ccomp", "xcomp") }

// HeadWord returns the head of the words [first, last): the one whose own
// head lies outside the range, the last such when several do (a range
// that is not one phrase); -1 for an empty range.
func (d *Document) HeadWord(first, last int) int {
	head := -1
	for w := first; w < last; w++ {
		if h := d.Words[w].Head; h < first || h >= last {
			head = w
		}
	}
	return head
}

// HeadNoun returns the head noun of the noun phrase covering the token
// range [firstTok, lastTok) ("team" in "the six-member Afghan team"), or
// -1 when the range has no words or its head is not nominal.
func (d *Document) HeadNoun(firstTok, lastTok int) int {
	h := d.HeadWord(d.wordOfToken(firstTok), d.wordOfToken(lastTok))
	if h < 0 {
		return -1
	}
	switch d.Words[h].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return h
	}
	return -1
}

// Phrase returns the word range [first, last) of the phrase headed by w
// without the subtrees of the words that leave says to leave out: the
// contiguous run of w's kept descendants around w, punctuation trimmed
// from both edges. leave is asked about each descendant on the way down
// from w (a child first, then its children), and a word left out takes
// its subtree with it. Stages build their own phrase kinds on it (a noun
// phrase without its apposition or its conjuncts).
func (d *Document) Phrase(w int, leave func(desc int) bool) (first, last int) {
	sf, sl := d.SentenceWords(d.Words[w].Sentence)
	kept := func(c int) bool { // c lies under w and no word on the way is left out
		for steps := 0; c >= 0 && steps < sl-sf; steps++ {
			if leave(c) {
				return false
			}
			if d.Words[c].Head == w {
				return true
			}
			c = d.Words[c].Head
		}
		return false
	}
	first, last = w, w+1
	for first > sf && kept(first-1) {
		first--
	}
	for last < sl && kept(last) {
		last++
	}
	for first < w && d.Words[first].UPOS == "PUNCT" {
		first++
	}
	for last > w+1 && d.Words[last-1].UPOS == "PUNCT" {
		last--
	}
	return first, last
}
