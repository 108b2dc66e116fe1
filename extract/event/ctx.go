package event

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// ctx is what the stage knows of one document's words before reading its
// predicates: the mention each word heads, and the words inside names and
// time expressions (never triggers).
type ctx struct {
	d *doc.Document
	// head[w] is the mention word w heads, -1 when none: participants are
	// the mentions whose head word is an argument's head.
	head   []int
	inName []bool
	inTime []bool
	// things marks the mentions the stage made for participants that
	// are no entity of the earlier stages (things.go).
	things map[int]bool
	// owned marks the things that hold their owner ("our defenses"):
	// they name someone, as the owner alone did before (owned.go).
	owned map[int]bool
	// ownedPhrases are the entities of the owned phrases of people, bodies
	// or places the stage made, by head noun and owner ("her campaign" ...
	// "her campaign"; things.go).
	ownedPhrases map[ownedKey]int
	// nameHeads are the last words of the names, lower case (things.go).
	nameHeads map[string]bool
	// markup is set when the text holds a "<" that may open a tag.
	markup bool
}

func newCtx(d *doc.Document) *ctx {
	x := &ctx{d: d, head: make([]int, len(d.Words)), inName: make([]bool, len(d.Words)), inTime: make([]bool, len(d.Words)),
		things: map[int]bool{}, owned: map[int]bool{}, ownedPhrases: map[ownedKey]int{}, markup: strings.Contains(d.Text, "<")}
	for w := range x.head {
		x.head[w] = -1
	}
	for _, t := range d.Timexes {
		k := d.TokenAt(t.Start)
		if k < 0 {
			continue
		}
		for w, _ := d.TokenWords(k, k+1); w < len(d.Words) && d.Words[w].Start < t.End; w++ {
			if d.Words[w].End > t.Start {
				x.inTime[w] = true
			}
		}
	}
	for mi, m := range d.Mentions {
		first, last := d.TokenWords(m.FirstTok, m.LastTok)
		if m.Kind == doc.Name {
			for w := first; w < last; w++ {
				x.inName[w] = true
			}
		}
		if m.Entity < 0 || !participant(d, m) || first < last && x.inTime[first] {
			continue // "the 12:00 UTC announcement": a time is no participant
		}
		if h := d.HeadWord(first, last); h >= 0 && (x.head[h] < 0 || better(d.Mentions[x.head[h]], m)) {
			x.head[h] = mi
		}
	}
	x.titledHeads()
	return x
}

// titledHeads makes a person's name the mention of the word that heads
// it and the words before its title, when the parse hung them all on the
// first (lex.TitledName): "echoed by former Maryland Gov. Ana Ruiz" is
// echoed by her, not by the state.
func (x *ctx) titledHeads() {
	for w, mi := range x.head {
		if mi < 0 || x.d.Mentions[mi].Kind != doc.Name {
			continue
		}
		if p := lex.TitledName(x.d, w); p >= 0 && p != mi && x.d.Mentions[p].Entity >= 0 && participant(x.d, x.d.Mentions[p]) {
			x.head[w] = p
		}
	}
}

var rank = map[doc.MentionKind]int{doc.Name: 0, doc.Nominal: 1, doc.Pronoun: 2}

// better reports whether mention m should replace old as the mention of
// a head word: a name before a description before a pronoun ("her mother
// Dee Dee Blanchard" is Dee Dee Blanchard), then the shorter one.
func better(old, m doc.Mention) bool {
	if rank[old.Kind] != rank[m.Kind] {
		return rank[m.Kind] < rank[old.Kind]
	}
	return m.LastTok-m.FirstTok < old.LastTok-old.FirstTok
}

// participant reports whether mention m may take part in an event: not a
// photo credit or a currency sign ("US$"). (A nationality adjective, "the
// Norwegian government", heads no argument: the government does.)
func participant(d *doc.Document, m doc.Mention) bool {
	return !doc.IsCredit(d, m.FirstTok) && !strings.ContainsAny(m.Text, "$€£¥") && !dateline(d, m) && !agencyTag(d, m)
}

// agencyTag reports whether mention m is the news agency in brackets that
// ends a dateline ("PARIS, May 3 (AFP) —"): the agency filed the report,
// it takes part in nothing told.
func agencyTag(d *doc.Document, m doc.Mention) bool {
	f, l := m.FirstTok, m.LastTok
	if f < 1 || l+1 >= len(d.Tokens) || d.Tokens[f-1].Text != "(" || d.Tokens[l].Text != ")" {
		return false
	}
	next := d.Tokens[l+1].Text
	return doc.IsDash(next) || next == "―"
}

// dateline reports whether mention m is the place name in capitals that
// opens a paragraph before a dash or a news agency, maybe after a date
// ("WASHINGTON ―", "LOS ANGELES (AP) —", "PARIS, May 3 (AFP) —"): where
// the report was filed, no participant.
func dateline(d *doc.Document, m doc.Mention) bool {
	if m.Text != strings.ToUpper(m.Text) || m.LastTok >= len(d.Tokens) || m.Type != doc.Place && m.Entity >= 0 &&
		d.Entities[m.Entity].Type != doc.Place {
		return false
	}
	return doc.AtDateline(d, m.FirstTok, m.LastTok)
}

// mentionOf returns the mention an argument headed by word w stands for:
// the one w heads (for a relative pronoun, the one the noun it stands for
// heads: "the firm, which X bought"); else a name in apposition to w
// ("its chief, Ana Ruiz"). -1 when none.
func (x *ctx) mentionOf(w int) int {
	d := x.d
	if w < 0 {
		return -1
	}
	if a := x.antecedent(w); a >= 0 {
		if h := d.Words[a].Head; x.head[a] < 0 && h >= 0 && doc.RelIs(d.Words[a].Rel, "appos") && x.head[h] >= 0 &&
			strings.HasPrefix(strings.ToLower(d.Words[w].Text), "who") {
			a = h // "Ana Ruiz, a supporter of X who lives in Ely": who stands for her
		}
		w = a
	}
	if mi := x.head[w]; mi >= 0 {
		return mi
	}
	for _, c := range d.Dependents(w, "appos", "flat") {
		if mi := x.head[c]; mi >= 0 && d.Mentions[mi].Kind == doc.Name {
			return mi
		}
	}
	if mi := x.partitiveMention(w); mi >= 0 {
		return mi
	}
	return x.titledName(w)
}

// partitiveMention is the mention of a partitive phrase that number or
// partitive head w opens, whose head the mention stage took from its
// of-phrase ("visit all 99 of the state's counties": the counties); -1
// when none spans w.
func (x *ctx) partitiveMention(w int) int {
	d := x.d
	if d.Words[w].UPOS != "NUM" && !partitiveHeads[x.lemma(w)] {
		return -1
	}
	for _, n := range d.Dependents(w, "nmod") {
		mi := x.head[n]
		if mi < 0 || caseOf(d, n) != "of" {
			continue
		}
		if m := d.Mentions[mi]; m.FirstTok <= d.Words[w].Token && d.Words[w].Token <= m.LastTok {
			return mi
		}
	}
	return -1
}

// titledName repairs a parse that took a title for the head of the name
// right after it ("interviewed Boston Marathon bomber Tamerlan
// Tsarnaev", the name hung elsewhere): a common noun directly followed
// by a person's name stands for that person. -1 when w is no such title.
func (x *ctx) titledName(w int) int {
	d := x.d
	if d.Words[w].UPOS != "NOUN" || !x.personTitle(w) || w+1 >= len(d.Words) || d.Words[w+1].UPOS != "PROPN" ||
		d.Words[w+1].Sentence != d.Words[w].Sentence {
		return -1
	}
	for mi, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok == d.Words[w+1].Token && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Person {
			if h := x.nameHeadWord(m); h >= 0 && doc.RelIs(d.Words[h].Rel, "nsubj") && d.Words[h].Head >= 0 &&
				d.Words[d.Words[h].Head].Head == w {
				return -1 // "the comments Trump made": the name opens a clause on the noun
			}
			if m.LastTok < len(d.Tokens) && doc.IsPossessive(d.Tokens[m.LastTok].Text) {
				return -1 // "the ways Trump's campaign is unique": a possessor
			}
			return mi
		}
	}
	return -1
}

// personTitle reports whether noun w can be a person's title: a noun for
// people, or a singular agent noun ("bomber", "anchor", "chemist").
func (x *ctx) personTitle(w int) bool {
	l := x.lemma(w)
	if _, ok := lex.PersonNouns[l]; ok {
		return true
	}
	if x.d.Words[w].XPOS != "NN" || len(l) < 5 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// nameHeadWord is the head word of name mention m, -1 when none.
func (x *ctx) nameHeadWord(m doc.Mention) int {
	first, last := x.d.TokenWords(m.FirstTok, m.LastTok)
	return x.d.HeadWord(first, last)
}

// participantOf is mentionOf, and for a phrase whose head is no mention
// but which holds one (owner) the phrase itself, made a mention of its
// own (phraseMention): an argument is what its head word names, and a
// name inside the phrase takes part only when it heads it ("the CBS
// drama follows X" is the drama, "Boyle's question" the question). The
// owner stands in for the phrase only where the phrase is the owner's
// name or a share of it (ownerStandsIn). With phrase unset it makes no
// mention and reports only a mention or an owner that stands in.
func (x *ctx) participantOf(w int, phrase bool) int {
	if mi := x.mentionOf(w); mi >= 0 || w < 0 {
		return mi
	}
	mi := x.owner(w, 2)
	if mi < 0 {
		return -1
	}
	if !x.ownerStandsIn(w) {
		if !phrase {
			return -1
		}
		return x.phraseMention(w)
	}
	if venueNouns[x.lemma(w)] && x.d.Entities[x.d.Mentions[mi].Entity].Type == doc.Place {
		return -1 // "attended the Boston rally": the rally, not Boston, is attended
	}
	return mi
}

// ownerStandsIn reports whether the owner of the phrase headed by w, no
// mention, takes part for the phrase: when w is a word of a longer name
// the name stage cut short ("the Dow Jones Industrial Average", "Boeing's
// Launch Systems"), a share of the owner ("a majority of Americans", "ten
// of its plants", "two-thirds of voters"), a noun that stands for its
// owner ("his body was found"), the kind of place or medium the owner is
// ("Sonoma and Lake counties", "People magazine": nameKinds), a goal whose owner is to reach it ("her
// goal is to win"), or a time, which takes no part, with a name the parse
// compounded with it ("to meet with Ana three weeks after").
func (x *ctx) ownerStandsIn(w int) bool {
	word := x.d.Words[w]
	if word.UPOS == "PROPN" && letterFirst(word.Text) || capitalised(word.Text) && !sentenceStart(x.d, w) || x.purposeSubject(w) {
		return true
	}
	if x.timeHead(w) {
		for _, c := range x.d.Dependents(w, "compound") {
			if mi := x.head[c]; mi >= 0 && x.d.Mentions[mi].Kind == doc.Name {
				return true
			}
		}
	}
	l := strings.ToLower(word.Text)
	return word.UPOS == "NUM" || partitiveHeads[l] || fraction(l) || ownerNouns[x.lemma(w)] || nameKinds[l]
}

// letterFirst reports whether s opens with a letter: a name does, a
// handle ("@jdoe") does not.
func letterFirst(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r)
	}
	return false
}

// fraction reports whether lower-case word l names a share by a
// fraction: "two-thirds", "thirds", "a quarter", "half".
func fraction(l string) bool {
	if i := strings.LastIndexByte(l, '-'); i >= 0 {
		l = l[i+1:]
	}
	l = strings.TrimSuffix(l, "s")
	if _, ok := lex.OrdinalWord(l); ok && l != "first" && l != "second" {
		return true
	}
	return l == "quarter" || l == "half" || l == "halve"
}

// owner is the fallback of participantOf for a phrase whose head is no
// mention: the entity it belongs to or is part of, through a possessor,
// a compound or an of/in/for phrase ("Ford's stock", "a stake in
// Chrysler", "the price of the iPhone"), never through "from" or "at"
// ("executives from GM" are not GM) nor to a place ("markets in Asia").
func (x *ctx) owner(w, depth int) int {
	d := x.d
	if depth == 0 {
		return -1
	}
	for _, c := range d.Children(w) {
		rel := d.Words[c].Rel
		ok := doc.RelIs(rel, "nmod:poss", "compound")
		if !ok && rel == "nmod" {
			switch caseOf(d, c) {
			case "of":
				ok = true
			}
		}
		if !ok {
			continue
		}
		mi := x.head[c]
		if mi >= 0 && (rel != "nmod" || d.Entities[d.Mentions[mi].Entity].Type != doc.Place) {
			return mi
		}
		if mi < 0 {
			if mi = x.owner(c, depth-1); mi >= 0 {
				return mi
			}
		}
	}
	return -1
}

// antecedent returns the noun a relative pronoun w stands for (the head of
// the relative clause it opens), or -1 when w is no relative pronoun.
func (x *ctx) antecedent(w int) int {
	d := x.d
	if d.Words[w].UPOS != "PRON" && !x.relativeThat(w) {
		return -1
	}
	switch strings.ToLower(d.Words[w].Text) {
	case "who", "whom", "which", "that":
	default:
		return -1
	}
	for h, steps := d.Words[w].Head, 0; h >= 0 && steps < 4; h, steps = d.Words[h].Head, steps+1 {
		if doc.RelIs(d.Words[h].Rel, "acl") {
			if n := d.Words[h].Head; n >= 0 && strings.EqualFold(d.Words[w].Text, "that") && contentNouns[x.lemma(n)] && !x.soleSubject(w) {
				return -1 // "the news that she would quit": the clause is what the news holds, "that" no pronoun
			}
			if n := d.Words[h].Head; n >= 0 && strings.HasPrefix(strings.ToLower(d.Words[w].Text), "who") && x.isPlace(n) {
				return x.personBeforePlace(n, w) // "Democrats across the country, who"
			}
			return x.animate(x.restricted(x.lastConjunct(d.Words[h].Head, h, w), w), w)
		}
	}
	return -1
}

// animate repairs antecedent n of relative pronoun w where the pronoun
// cannot stand for it: "who" for a thing ("a bulwark against a
// candidate who might ...") or "which" for a person ("the head of the
// agency, which ..."); "that" stands for anyone. The parser hung the
// clause one noun off: the thing the person's phrase is a complement of
// ("a meeting of the leaders, from which"), else the noun that fits
// among those n's phrase holds between n and w (its of-, with- or
// against-complement), the last one, is meant. n when none fits.
func (x *ctx) animate(n, w int) int {
	d := x.d
	t := strings.ToLower(d.Words[w].Text)
	who := strings.HasPrefix(t, "who")
	if t == "that" || who == x.canAct(n) || !who && !x.isPerson(n) || who && x.peopleNoun(n) {
		return n
	}
	if m := d.Words[n].Head; !who && m >= 0 && doc.RelIs(d.Words[n].Rel, "nmod") && d.Words[m].UPOS == "NOUN" && !x.isPerson(m) {
		return m // "a meeting of the leaders of Brazil, from which they were excluded": the meeting
	}
	for p := w - 1; p > n; p-- {
		if !doc.RelIs(d.Words[p].Rel, "nmod") || !x.below(p, n) || d.Words[p].UPOS == "PRON" {
			continue
		}
		if who == x.isPerson(p) {
			return p
		}
	}
	return n
}

// restricted repairs a "who" clause the parser hung on the name n that
// completes a common noun ("a supporter of Tom Hale who lives in Ely"): a
// name is restricted by no relative clause, and one without a comma before
// it restricts the noun the name completes, the supporter. n otherwise.
func (x *ctx) restricted(n, w int) int {
	d := x.d
	m := d.Words[n].Head
	if w < 1 || d.Words[w-1].UPOS == "PUNCT" || !strings.HasPrefix(strings.ToLower(d.Words[w].Text), "who") ||
		d.Words[n].UPOS != "PROPN" || m < 0 || !doc.RelIs(d.Words[n].Rel, "nmod") || caseOf(d, n) != "of" ||
		!x.peopleNoun(m) {
		return n
	}
	return m
}

// peopleNoun reports whether common noun n names people
// (lex.HeadNoun): "a supporter of X who", "backers of X who".
func (x *ctx) peopleNoun(n int) bool {
	t, ok := lex.HeadNoun(strings.ToLower(x.d.Words[n].Text))
	return ok && t == doc.Person && x.d.Words[n].UPOS == "NOUN"
}

// below reports whether word w hangs on word n, directly or through
// other words, within a few steps.
func (x *ctx) below(w, n int) bool {
	for h, steps := x.d.Words[w].Head, 0; h >= 0 && steps < 6; h, steps = x.d.Words[h].Head, steps+1 {
		if h == n {
			return true
		}
	}
	return false
}

// lastConjunct is the antecedent of relative pronoun w, whose clause r
// the parser hung on n, the first of conjoined nouns before w: the last of
// them when the clause's verb agrees with one ("Carter and Eric Fanning,
// who was his chief of staff") or, without agreement, when a comma sets
// it off ("Mr. Kerry and Mr. Obama, who sent"); all of them, through n,
// when it agrees with many ("Rubio and Cruz, who are").
func (x *ctx) lastConjunct(n, r, w int) int {
	d := x.d
	last := -1
	for _, c := range d.Dependents(n, "conj") {
		if c > n && c < w && x.conjunct(n, c) {
			last = c
		}
	}
	if last < 0 || x.head[last] < 0 || x.head[last] == x.head[n] {
		return n // "a liar and bully who has": no one else; "the Union and Progress Party, which"
	}
	switch x.agreement(r) {
	case "sg":
		return last
	case "":
		if w > 0 && d.Words[w-1].Text == "," {
			return last
		}
	}
	return n
}

// agreement is the number that the finite verb of clause r shows: "sg"
// ("is", "was", "has", "sends"), "pl" ("are", "were", "have", "send"), ""
// when it shows none ("sent", "would send").
func (x *ctx) agreement(r int) string {
	d := x.d
	if first, last, _ := d.Subtree(r); x.reciprocal(first, last) {
		return "pl" // "Cruz and Rubio, who had gone after each other", "which all lost"
	}
	f := r
	for _, a := range d.Dependents(r, "aux", "aux:pass", "cop") {
		f = a
		break
	}
	switch d.Words[f].XPOS {
	case "VBZ":
		return "sg"
	case "VBP":
		return "pl"
	case "VBD":
		switch strings.ToLower(d.Words[f].Text) {
		case "was":
			return "sg"
		case "were":
			return "pl"
		}
	}
	return ""
}

// reciprocal reports whether words first to last (exclusive) say that
// many act together: "each other", "one another", "both", "all",
// "together".
func (x *ctx) reciprocal(first, last int) bool {
	d := x.d
	for k := first; k < last && k < len(d.Words); k++ {
		switch t := strings.ToLower(d.Words[k].Text); {
		case t == "both" || t == "all" || t == "together":
			return true
		case (t == "other" || t == "another") && k > 0 && (strings.EqualFold(d.Words[k-1].Text, "each") ||
			strings.EqualFold(d.Words[k-1].Text, "one")):
			return true
		}
	}
	return false
}

// personBeforePlace repairs a "who" clause the parser hung on place n, the
// last noun before it, where "who" can only stand for people: the noun
// that n's phrase modifies ("200 people from Peru and Chile who passed"),
// or the last of its conjuncts before n ("her staff and Democrats across
// the state, who"). It returns n when n's phrase modifies no noun.
func (x *ctx) personBeforePlace(n, w int) int {
	d := x.d
	p := n
	for doc.RelIs(d.Words[p].Rel, "conj") && d.Words[p].Head >= 0 {
		p = d.Words[p].Head
	}
	m := d.Words[p].Head
	if !doc.RelIs(d.Words[p].Rel, "nmod") || m < 0 || x.isPlace(m) {
		return n
	}
	for _, c := range d.Dependents(m, "conj") {
		if c > m && c < n && !x.isPlace(c) {
			m = c
		}
	}
	return m
}
