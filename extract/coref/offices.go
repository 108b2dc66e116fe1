package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// An epithet of private life ("the businessman", "the real estate mogul",
// "the pop star") is how an article refers back to someone it has
// given no office: a person it has given a public office by a title or a
// description ("Sen. Ana Ruiz", "Ruiz, the House speaker") it calls by
// that office. Such an epithet passes over an office holder when someone
// else in reach fits it, and joins the office holder only when no one else
// does ("President Kent, the former real estate mogul").

var (
	privateEpithets = lex.Words("coref/privateEpithets")
	publicOffices   = lex.Words("coref/publicOffices")
)

// officeAgainst reports whether noun is a private epithet that entity e
// does not fit: the article gave e a public office (givenOffice) and
// never the noun.
func officeAgainst(d *doc.Document, e int, noun string) bool {
	return privateEpithets[noun] && !hasRole(d.Entities[e].Roles, noun) && givenOffice(d, e)
}

// givenOffice reports whether the article itself gives entity e a public
// office: a title right before one of its names ("Sen. Ana Ruiz", "House
// Speaker Ruiz") or an apposition ("Ruiz, the House speaker"). A role a
// description took by salience alone is no evidence: it may be wrong.
func givenOffice(d *doc.Document, e int) bool {
	for _, m := range d.Mentions { // the entity's own list is not filled in yet
		if m.Entity != e {
			continue
		}
		if m.Kind == doc.Name && m.FirstTok > 0 && titleOf(d, m) {
			return true
		}
		if m.Kind != doc.Nominal {
			continue
		}
		if h := d.HeadNoun(m.FirstTok, m.LastTok); h >= 0 && doc.RelIs(d.Words[h].Rel, "appos") &&
			publicOffices[strings.ToLower(d.Words[h].Lemma)] {
			return true
		}
	}
	return false
}

// officeHolders is the set of entities a private epithet noun does not
// fit (officeAgainst); nil when noun is no private epithet.
func officeHolders(d *doc.Document, noun string) map[int]bool {
	if !privateEpithets[noun] {
		return nil
	}
	var held map[int]bool
	for e := range d.Entities {
		if officeAgainst(d, e, noun) {
			if held == nil {
				held = map[int]bool{}
			}
			held[e] = true
		}
	}
	return held
}

// pickFitting is pickAntecedent for a description with head noun, in
// reach of the antecedent pickAntecedent finds: for a private epithet,
// the best antecedent the article already gave the noun ("Kent, the
// billionaire businessman ... Ruiz asked if the businessman"), else the
// best it gave no office; else the best of all.
func pickFitting(d *doc.Document, s *salience, tok int, g doc.Gender, age int, noun string) int {
	e := pickAntecedent(d, s, tok, g, age, noun, nil)
	if e < 0 || !privateEpithets[noun] || hasRole(d.Entities[e].Roles, noun) || copulaPredicate(d, tok) {
		return e
	}
	if others := notHolding(d, noun); others != nil {
		if alt := pickAntecedent(d, s, tok, g, age, noun, others); alt >= 0 {
			return alt
		}
	}
	if !officeAgainst(d, e, noun) {
		return e
	}
	if alt := pickAntecedent(d, s, tok, g, age, noun, officeHolders(d, noun)); alt >= 0 {
		return alt
	}
	return e
}

// notHolding is the set of person entities whose roles lack noun, nil
// when no person's roles have it.
func notHolding(d *doc.Document, noun string) map[int]bool {
	others, held := map[int]bool{}, false
	for e := range d.Entities {
		if hasRole(d.Entities[e].Roles, noun) {
			held = true
		} else {
			others[e] = true
		}
	}
	if !held {
		return nil
	}
	return others
}

// copulaPredicate reports whether the description the determiner at
// token det opens is a copula's predicate ("he is the founder"): its
// subject says who, not the epithet.
func copulaPredicate(d *doc.Document, det int) bool {
	w := d.TokenWord(det)
	return w >= 0 && copulaHead(d, d.Words[w].Head)
}

// titleOf reports whether the word right before name mention m is the
// title of a public office joined to the name by the parse ("House
// Speaker Ana Ruiz"), not the head of a phrase the name only follows
// ("the federal judge Ruiz attacked", where the name is the subject of
// a clause on the title, and the determiner says the title heads a phrase).
func titleOf(d *doc.Document, m doc.Mention) bool {
	t := m.FirstTok - 1
	w := d.TokenWord(t)
	if w < 0 || !doc.SameSentence(d, t, m.FirstTok) || !publicOffices[titleRole(d.Tokens[t].Text)] {
		return false
	}
	if openedByDeterminer(d, t) {
		return false
	}
	if h := d.Words[w].Head; h >= 0 && m.FirstTok <= d.Words[h].Token && d.Words[h].Token < m.LastTok {
		return true
	}
	for k := m.FirstTok; k < m.LastTok; k++ { // "Rep. Tom Cole": the parse may hang the name on the title
		if v := d.TokenWord(k); v >= 0 && d.Words[v].Head == w {
			return true
		}
	}
	return false
}

// openedByDeterminer reports whether the modifiers before token t
// ("federal" in "the federal judge") follow a determiner.
func openedByDeterminer(d *doc.Document, t int) bool {
	for k := t - 1; k >= 0 && doc.SameSentence(d, k, t); k-- {
		w := d.TokenWord(k)
		if w < 0 {
			return false
		}
		switch d.Words[w].UPOS {
		case "ADJ", "NOUN", "PROPN":
			continue
		case "DET":
			return true
		}
		return false
	}
	return false
}

// nonSubjectBefore reports whether noun is a private epithet and the name
// whose last token is tok, named before it in its sentence, is no
// subject by the parse ("would back Kane if the businessman lost",
// "beside Kane, in a memo saying the businessman"): the epithet then
// refers back to it, unlike "Kim noted that the billionaire ...", where
// the subject speaks of someone else.
func nonSubjectBefore(d *doc.Document, tok int, noun string) bool {
	w := d.TokenWord(tok)
	if !privateEpithets[noun] || w < 0 {
		return false
	}
	for doc.RelIs(d.Words[w].Rel, "flat", "compound") && d.Words[w].Head >= 0 {
		w = d.Words[w].Head
	}
	if doc.RelIs(d.Words[w].Rel, "obj") && invertedSayer(d, w) {
		return false // "“...,” writes Kane, seeming to ...": the parse's object is the writer
	}
	return !doc.RelIs(d.Words[w].Rel, "nsubj", "nsubj:pass", "csubj")
}

// invertedSayer reports whether word w follows its head verb, whose
// clausal complement comes before the verb: the speaker of an inverted
// "“...,” says Kane".
func invertedSayer(d *doc.Document, w int) bool {
	v := d.Words[w].Head
	if v < 0 || v > w {
		return false
	}
	for _, c := range d.Dependents(v, "ccomp") {
		if c < v {
			return true
		}
	}
	return false
}
