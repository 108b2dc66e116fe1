package coref

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// linkNominals adds the common-noun mentions of FindNominalMentions that
// coreference has not already placed: a definite singular description of
// an organisation or a place ("the company", "the city") joins the entity
// of that type mentioned most recently in its own or the three sentences
// before; a definite person description joins such an entity only when its
// noun is an epithet or a role the text gave it. Every other candidate
// ("a spokesman", "local residents") becomes an entity of its own, with an
// id that names the document and position so that it never merges with
// another document's "the company".
//
// The rules are an ordered cascade whose order is the behaviour: the
// referent the text states (statedReferent) comes first, then an earlier
// description or antecedent (earlierReferent), then the article's country
// and the parties (partyOrCountry). The cascade is split into those
// functions, each in its original order, until the stages are rebuilt on
// the dependency parse (issues 15 and 16), which replaces it.
func linkNominals(d *doc.Document) {
	cands := d.Nominals
	if len(cands) == 0 {
		return
	}
	l := newNominalLinker(d)
	added := false
	for _, c := range cands {
		if l.placed(c) {
			continue
		}
		if n, first := nameInDescription(d, c); n >= 0 {
			addNameIn(d, c, first, n) // "the Islamic State": the name, not a description of a state
			l.mark(c)
			added = true
			continue
		}
		l.link(c)
		added = true
	}
	if added {
		d.SortMentions()
	}
}

// tokSpan is a mention's span in tokens, first and last.
type tokSpan struct{ first, last int }

// nominalLinker is the state of linkNominals as it goes through the
// candidates in text order.
type nominalLinker struct {
	d *doc.Document
	// existing mention spans, to skip candidates already placed and those
	// crossing a mention
	existing []tokSpan
	same     map[tokSpan]bool
	prior    []described    // descriptions added so far, in text order
	kin      map[kinKey]int // the entity of each owner's kin noun
}

// newNominalLinker starts a nominalLinker on d's mentions.
func newNominalLinker(d *doc.Document) *nominalLinker {
	l := &nominalLinker{d: d, same: map[tokSpan]bool{}, kin: map[kinKey]int{}}
	for _, m := range d.Mentions {
		l.existing = append(l.existing, tokSpan{m.FirstTok, m.LastTok})
		l.same[tokSpan{m.FirstTok, m.LastTok}] = true
	}
	return l
}

// placed reports whether candidate c is a mention already or crosses one
// (neither holds it nor lies within it): either way it is not added.
func (l *nominalLinker) placed(c doc.NominalMention) bool {
	if l.same[tokSpan{c.FirstTok, c.LastTok}] {
		return true
	}
	for _, x := range l.existing {
		nested := (c.FirstTok <= x.first && x.last <= c.LastTok) || (x.first <= c.FirstTok && c.LastTok <= x.last)
		if x.first < c.LastTok && c.FirstTok < x.last && !nested {
			return true
		}
	}
	return false
}

// mark records c's span as a mention's.
func (l *nominalLinker) mark(c doc.NominalMention) {
	l.existing = append(l.existing, tokSpan{c.FirstTok, c.LastTok})
	l.same[tokSpan{c.FirstTok, c.LastTok}] = true
}

// lastSeen is the first token of entity e's latest mention that ends by
// token before, or -1.
func (l *nominalLinker) lastSeen(e int, before int) int {
	best := -1
	for _, mi := range l.d.Entities[e].Mentions {
		m := l.d.Mentions[mi]
		if m.LastTok <= before && m.FirstTok > best {
			best = m.FirstTok
		}
	}
	return best
}

// nominalFacts are what the cascade of linkNominals reads of a candidate
// beyond its own fields.
type nominalFacts struct {
	w0, head string          // the first word and the head, lowercased
	words    map[string]bool // phraseWords
	definite bool            // the, this, these, those...
	// "a" or "an": a description that brings in one more of its kind,
	// not the one named before (a chain of descriptions alone, "a
	// special prosecutor" called for twice, may go on).
	indefinite bool
	// "the team" or "this team" after "the Afghan team", "religious
	// schools" again: the same head, no modifier the earlier phrase lacks.
	restricted bool
	other      bool // "another country", "the next president": not the one named before
}

// readNominal reads the nominalFacts of candidate c.
func readNominal(d *doc.Document, c doc.NominalMention) nominalFacts {
	w0 := strings.ToLower(d.Tokens[c.FirstTok].Text)
	return nominalFacts{
		w0:         w0,
		head:       strings.ToLower(d.Tokens[c.Head].Text),
		words:      phraseWords(d, c),
		definite:   lex.DefiniteDets[w0] || w0 == "these" || w0 == "those",
		indefinite: w0 == "a" || w0 == "an",
		restricted: c.Restricted && !commaAfterHead(d, c),
		other:      otherDets[w0] || laterOne(d, c.FirstTok+1, c.Head),
	}
}

// link adds candidate c as a nominal mention of the entity the cascade
// finds, or of a new entity of its own.
func (l *nominalLinker) link(c doc.NominalMention) {
	d := l.d
	e := statedReferent(d, c)
	if e >= 0 && d.Entities[e].Type == doc.Person {
		c.Type = doc.Person // "a steel manufacturer" beside a person's name is that person
	} else if e >= 0 && d.Entities[e].Type == doc.Organization && c.Type == doc.Person && collectiveNouns[strings.ToLower(d.Tokens[c.Head].Text)] {
		c.Type = doc.Organization // "a secessionist group" beside a body's name is that body (apposedBody)
	}
	key, isKin := kinKeyOf(d, c)
	if k, ok := l.kin[key]; e < 0 && isKin && ok {
		e = k // "Ana Ruiz's wife" after "his wife" of Ruiz
	}
	if r := roleOf(d, c); r >= 0 && e >= 0 && r != e && doc.HasNameMention(d, e) && !doc.HasNameMention(d, r) {
		l.firstRoleTo(c, r, e) // "banker" of "banker and river advocate Mara Lind": the first role is hers too
	}
	f := readNominal(d, c)
	e = l.earlierReferent(c, f, e)
	e = l.partyOrCountry(c, f, e)
	g := doc.Unknown
	if c.Plural {
		g = doc.Plural // "local residents", "the teams": they, them
	} else if c.Type == doc.Person {
		g = lex.PersonNouns[strings.ToLower(d.Tokens[c.Head].Text)]
	}
	if e < 0 {
		kind := doc.Slug(d.Tokens[c.Head].Text)
		if c.Group {
			kind = "coord"
		}
		e = len(d.Entities)
		d.AddEntity(doc.Entity{
			ID:   doc.LocalID(d, kind, c.Start),
			Name: d.Slice(c.Span), Type: c.Type, Gender: g,
		})
	}
	d.AddMention(doc.Mention{Span: c.Span, Text: d.Slice(c.Span), Kind: doc.Nominal, Type: c.Type,
		Gender: g, Entity: e, FirstTok: c.FirstTok, LastTok: c.LastTok})
	l.mark(c)
	d.Entities[e].Mentions = append(d.Entities[e].Mentions, len(d.Mentions)-1)
	l.adoptKindNames(c, e)
	if isKin {
		l.kin[key] = e
	}
	if !c.Group && !f.other {
		l.prior = append(l.prior, described{e, f.head, f.words, inHeadline(d, c)}) // a group is not what its first member's noun names again
	}
}

// statedReferent is the entity the text itself says description c is,
// by a role, a name it describes, an apposition, a copula, "as", a title
// or an owner's kin or country; -1 when it says none. A coordination is
// the group of its members, an entity of its own.
func statedReferent(d *doc.Document, c doc.NominalMention) int {
	if c.Group {
		if r := roleOf(d, c); r >= 0 {
			return r // "US carmakers Ford and Kia": the names in apposition to the description
		}
		return apposedOne(d, c) // "Jeb Bush, the former governor and a candidate,": one person
	}
	if r := roleOf(d, c); r >= 0 {
		if a := titleBeforeName(d, c); a >= 0 && doc.StartsUpper(d.Entities[a].Name) {
			return a // "candidate Sen. Ana Ruiz and Labor nominee Tom Vale": the second role names its own (a tagger's "of Acme" names no one)
		}
		return r // "the reality star and fashion mogul": one person
	}
	if r := laterConjunct(d, c); r >= 0 {
		return r // "a candidate" of "Ana Ruiz, the former mayor and a candidate,"
	}
	if nm := c.Described; nm != nil && nm.Entity >= 0 && nm.Type == c.Type {
		return nm.Entity // "the carmaker Volvo" is Volvo
	}
	if a := describedAround(d, c); a >= 0 {
		return a // "President" of "President Tom Hale's allies"
	}
	if a := appositiveName(d, c); a >= 0 {
		return a // "Kestrel, a bakery in Oslo, ..."
	}
	if a := copulaSubject(d, c); a >= 0 {
		return a // "Kestrel is the largest bakery in Oslo"
	}
	if a := parsedApposition(d, c); a >= 0 {
		return a
	}
	if a := apposedBody(d, c); a >= 0 {
		return a // "the Harbor Front, a secessionist group": the body
	}
	if a := apposedPerson(d, c); a >= 0 {
		return a // "the other candidate, former Secretary Ana Ruiz,"; "Ana Ruiz, a manufacturer and activist,"
	}
	if a := parsedCopula(d, c); a >= 0 {
		return a
	}
	if a := parsedCopulaName(d, c); a >= 0 {
		return a // "the winner was Ana Ruiz"
	}
	if a := parsedAs(d, c); a >= 0 {
		return a // "Ana Ruiz served as a senator"
	}
	if a := titleBeforeName(d, c); a >= 0 {
		return a // "Former Secretary of State Ana Ruiz", however the parse hung the name
	}
	if a := kinOfOwner(d, c); a >= 0 {
		return a // "her husband" of Hillary Clinton: Bill Clinton
	}
	if a := ownersCountry(d, c); a >= 0 {
		return a // "her country" of "German Chancellor Angela Merkel": Germany
	}
	return -1
}

// apposedOne returns the person a coordination of singular descriptions
// of people stands beside as an apposition ("Ana Ruiz, the former mayor
// and a candidate for governor, ..."): one person described twice, no
// group; -1 otherwise (every conjunct a singular noun for people with its
// own determiner, no person named inside).
func apposedOne(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if c.Type != doc.Person || h < 0 {
		return -1
	}
	heads := append([]int{h}, d.Dependents(h, "conj")...)
	if len(heads) < 2 {
		return -1
	}
	for _, k := range heads {
		if !personConjunct(d, k) {
			return -1
		}
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Type == doc.Person && c.FirstTok <= m.FirstTok && m.LastTok <= c.LastTok {
			return -1 // "the editor Marc Fisher and a reporter, Tom Hale": two people
		}
	}
	one := c
	one.Plural, one.Group = false, false
	return appositiveName(d, one)
}

// laterConjunct returns the person that the coordination description c
// ends is said of (apposedOne), when c is its second or later conjunct;
// -1 otherwise.
func laterConjunct(d *doc.Document, c doc.NominalMention) int {
	w := d.TokenWord(c.Head)
	if w < 0 || d.Words[w].Rel != "conj" || d.Words[w].Head < 0 {
		return -1
	}
	h0 := d.Words[w].Head
	first, _, _ := d.Subtree(h0)
	for first < h0 && d.Words[first].UPOS == "PUNCT" {
		first++ // the apposition's comma the parse hangs on its head
	}
	g := c
	g.FirstTok, g.Head, g.Group = d.Words[first].Token, d.Words[h0].Token, true
	return apposedOne(d, g)
}

// earlierReferent is e when it is an entity, else the entity an earlier
// mention gives description c: a place just named, an earlier description
// with its head and no fewer words, a name with its head, a headline's
// noun or the antecedent of a short definite description; -1 when none.
func (l *nominalLinker) earlierReferent(c doc.NominalMention, f nominalFacts, e int) int {
	d := l.d
	if e < 0 && c.Type == doc.Place {
		e = homeJustNamed(d, c) // "victory in New York is explained by the state's rules"
	}
	for i := len(l.prior) - 1; i >= 0 && e < 0 && !f.restricted && !c.Group && !f.other; i-- {
		p := l.prior[i]
		if p.head != f.head || d.Entities[p.entity].Type != c.Type || !subset(f.words, p.words) {
			continue
		}
		if prev := l.lastSeen(p.entity, c.FirstTok); c.Plural && bare(d, c) && farFrom(d, prev, c.FirstTok) && !sameSpeechRole(d, c, p.entity, prev) {
			continue // "people" again three paragraphs on: another generic group
		}
		if f.indefinite && doc.HasNameMention(d, p.entity) {
			break // "a super PAC" after "Kestrel PAC, a super PAC": another one, unless an apposition says so
		}
		if f.definite || len(f.words) == len(p.words) {
			e = p.entity
		}
	}
	if e < 0 && f.definite && !f.other && !f.restricted && !c.Group && !c.Plural && !predicate(d, c) {
		e = nameHeadAntecedent(d, c, l.lastSeen) // "the center" after "the Bayside Community Center"
	}
	if e < 0 {
		e = headlineEntity(d, c, f.head, l.prior) // "Woman killed ..." and then "A woman has died ..."
	}
	if e < 0 && f.definite && !f.other && !c.Plural && !f.restricted && len(f.words) <= 2 && !holdsName(d, c) && !predicate(d, c) {
		e = antecedentFor(d, c, l.lastSeen)
	}
	return e
}

// partyOrCountry is the last of the cascade: the article's country for a
// place description left unplaced, and a party the text marks or an
// owner's own party for an organisation. A marked party wins over an
// earlier referent that has no name.
func (l *nominalLinker) partyOrCountry(c doc.NominalMention, f nominalFacts, e int) int {
	d := l.d
	if e < 0 && c.Type == doc.Place {
		e = homeCountry(d, c) // "the country", "our own country": the article's
	}
	if c.Type == doc.Organization && (e < 0 || !doc.HasNameMention(d, e)) {
		if p := markedParty(d, c, f.w0, f.words); p >= 0 {
			if e >= 0 && e != p && l.onlyParty(e) {
				l.moveEntity(e, p) // the bare "the party" chain it would have joined is that party too
			}
			e = p // "Democrats said the party ...": the Democratic Party, not an earlier bare "the party"
		}
	}
	if e < 0 && ownersKind(d, c, f.w0, f.words) {
		e = ownersParty(d, c, f.head, l.lastSeen) // "his own party" of "Republican Sen. Ana Ruiz"
		if e < 0 {
			e = ownersMarkedParty(d, c) // the same, the party named only through its members
		}
	}
	return e
}

// onlyParty reports whether every mention of entity e is a bare "the
// party" or "the party's": a chain of descriptions that no name, owner or
// mark placed.
func (l *nominalLinker) onlyParty(e int) bool {
	d := l.d
	for _, mi := range d.Entities[e].Mentions {
		t := strings.ToLower(strings.ReplaceAll(d.Mentions[mi].Text, "’", "'"))
		if d.Mentions[mi].Kind != doc.Nominal || t != "the party" && t != "the party's" {
			return false
		}
	}
	return len(d.Entities[e].Mentions) > 0
}

// moveEntity moves every mention of entity from to entity to (doc.Relink:
// to's mentions stay in text order) and makes the descriptions placed so
// far that were from's into to's.
func (l *nominalLinker) moveEntity(from, to int) {
	d := l.d
	for _, mi := range slices.Clone(d.Entities[from].Mentions) {
		d.Relink(mi, to)
	}
	for i := range l.prior {
		if l.prior[i].entity == from {
			l.prior[i].entity = to
		}
	}
}

// firstRoleTo moves the first role of second role c, a mention of the
// nameless entity r, to entity e, the name c brought; the rest of r
// follows only when all of it is in c's sentence: an earlier "the
// favourite" chained to "favourite and former mayor Tom Vale"
// may be someone else.
func (l *nominalLinker) firstRoleTo(c doc.NominalMention, r, e int) {
	d := l.d
	sent := d.Tokens[c.FirstTok].Sentence
	first, outside := -1, false
	for _, mi := range d.Entities[r].Mentions {
		if d.Tokens[d.Mentions[mi].FirstTok].Sentence != sent {
			outside = true
		} else if d.Mentions[mi].Span == c.SameAs {
			first = mi
		}
	}
	switch {
	case !outside:
		l.moveEntity(r, e)
	case first >= 0:
		d.Relink(first, e)
	}
}

// described is a description linkNominals placed: its entity, head
// noun and words, and whether it is a headline's bare noun phrase.
type described struct {
	entity   int
	head     string
	words    map[string]bool
	headline bool
}

// predicate reports whether description c is the predicate of a copula
// by the parse ("Kestrel is not the largest firm"): what it refers to is
// the subject's business (parsedCopula), not the last firm named.
func predicate(d *doc.Document, c doc.NominalMention) bool {
	return copulaHead(d, d.TokenWord(c.Head))
}

// copulaHead reports whether word w (-1 for none) takes a copula: the
// predicate of "X is the founder".
func copulaHead(d *doc.Document, w int) bool {
	return w >= 0 && len(d.Dependents(w, "cop")) > 0
}

// roleOf is the entity of the phrase a second role is of (SameAs), -1
// when there is none or it is unlinked.
func roleOf(d *doc.Document, c doc.NominalMention) int {
	if c.SameAs.End == 0 {
		return -1
	}
	for _, m := range d.Mentions {
		if m.Span == c.SameAs && m.Entity >= 0 && d.Entities[m.Entity].Type == c.Type {
			return m.Entity
		}
	}
	return -1
}

// farFrom reports whether token tok lies more than two sentences after
// token prev (or prev is -1): a bare plural ("people", "immigrants") that
// far from the last like it names a group of its own, as generic
// plurals do, more often than the same one again.
func farFrom(d *doc.Document, prev, tok int) bool {
	return prev < 0 || d.Tokens[tok].Sentence-d.Tokens[prev].Sentence > 2
}

// bare reports whether description c has no determiner and no owner by
// the parse ("people", "young voters"; not "the voters", "his
// supporters", "Vega's users"), which is how generic plurals come.
func bare(d *doc.Document, c doc.NominalMention) bool {
	h := d.TokenWord(c.Head)
	return h >= 0 && len(d.Dependents(h, "det", "nmod:poss")) == 0
}

// laterOnes make a description one not named before ("the next president").
var laterOnes = lex.Words("coref/laterOnes")

// laterOne reports whether a word of tokens [first, head) is one of
// laterOnes.
func laterOne(d *doc.Document, first, head int) bool {
	for k := first; k < head; k++ {
		if laterOnes[strings.ToLower(d.Tokens[k].Text)] {
			return true
		}
	}
	return false
}
