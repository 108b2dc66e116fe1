package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A report often opens on someone it has not named yet and names them in
// the next sentences ("An escaped inmate who is considered armed ... |
// Officials said Ana Ruiz, 49, took ..."; "the man who police say hit a
// woman ... | Tom Lind is now in jail"). The lede's description of that
// kind (a noun news uses for someone it names later: "the woman", "the
// inmate", coref/epithets) and the first person the report then names,
// as the subject of a clause (not of a verb of saying: a source) or as the
// one something is identified "as", alone (not one of several named
// together), are one, when their genders agree and only one description
// fits.

// ledeReach is how many sentences after the lede the name may come.
const ledeReach = 2

// linkLede joins the lede's unnamed description to the first person the
// report names after it.
func linkLede(d *doc.Document) {
	lede := ledeSentence(d)
	if lede < 0 {
		return
	}
	n := firstNamedAfter(d, lede)
	if n < 0 {
		return
	}
	gn := d.Entities[n].Gender
	cand, exact := -1, 0
	for _, m := range d.Mentions {
		if m.Kind != doc.Nominal || m.Entity < 0 || d.Tokens[m.FirstTok].Sentence != lede {
			continue
		}
		e := m.Entity
		if e == n || e == cand || d.Entities[e].Type != doc.Person || doc.HasNameMention(d, e) || lex.PossessiveDets[strings.ToLower(d.Tokens[m.FirstTok].Text)] {
			continue
		}
		h := d.HeadNoun(m.FirstTok, m.LastTok)
		if h < 0 || d.Words[h].XPOS == "NNS" || doc.RelIs(d.Words[h].Rel, "nmod:poss") {
			continue // not "the woman's card"
		}
		noun := strings.ToLower(d.Words[h].Text)
		if !epithets[noun] && !custodyRoles[noun] {
			continue
		}
		g := lex.PersonNouns[noun]
		if g != doc.Male && g != doc.Female {
			g = doc.Unknown
		}
		if g != doc.Unknown && gn != doc.Unknown && g != gn {
			continue
		}
		match := 0
		if g != doc.Unknown && g == gn {
			match = 1
		}
		switch {
		case cand < 0 || match > exact:
			cand, exact = e, match
		case match == exact:
			return // two descriptions fit as well: which one is named is not said
		}
	}
	if cand < 0 {
		return
	}
	for _, mi := range append([]int(nil), d.Entities[cand].Mentions...) {
		d.Relink(mi, n)
	}
}

// ledeSentence is the report's first full sentence: the first that ends
// like one and holds a verb; -1 when there is none near the top.
func ledeSentence(d *doc.Document) int {
	for s := 0; s < len(d.Sentences) && s < 6; s++ {
		sen := d.Sentences[s]
		if sen.Last <= sen.First {
			continue
		}
		last := d.Tokens[sen.Last-1].Text
		if last != "." && last != "!" && last != "?" {
			continue
		}
		first, end := d.SentenceWords(s)
		for w := first; w < end; w++ {
			if d.Words[w].UPOS == "VERB" {
				return s
			}
		}
	}
	return -1
}

// firstNamedAfter is the first person named in full after sentence lede,
// within ledeReach sentences, as a clause's subject or after "as", who is
// not mentioned in or before it; -1 otherwise.
func firstNamedAfter(d *doc.Document, lede int) int {
	end := d.Sentences[lede].Last
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 || m.FirstTok < end {
			continue
		}
		if d.Tokens[m.FirstTok].Sentence > lede+ledeReach {
			return -1
		}
		e := m.Entity
		if d.Entities[e].Type != doc.Person || d.Entities[e].Ambiguous() || m.LastTok-m.FirstTok < 2 {
			continue
		}
		if mentionedBefore(d, e, end) {
			continue
		}
		h := d.HeadNoun(m.FirstTok, m.LastTok)
		if h < 0 {
			return -1
		}
		if len(d.Dependents(h, "conj")) > 0 || doc.RelIs(d.Words[h].Rel, "conj") {
			return -1 // one of several people named together
		}
		if doc.RelIs(d.Words[h].Rel, "nsubj") {
			if v := d.Words[h].Head; v >= 0 && lex.CueVerbs[strings.ToLower(d.Words[v].Text)].Speech &&
				(len(d.Dependents(v, "ccomp", "parataxis")) > 0 || quoteIn(d, d.Tokens[m.FirstTok].Sentence)) {
				return -1 // who says something is a source, not whom the lede is about
			}
			return e
		}
		for _, c := range d.Dependents(h, "case") {
			if strings.EqualFold(d.Words[c].Text, "as") {
				return e // "identified the victim as Ana Ruiz"
			}
		}
		return -1 // the first person named is not the one the sentence is about
	}
	return -1
}

// mentionedBefore reports whether entity e has a mention before token tok.
func mentionedBefore(d *doc.Document, e, tok int) bool {
	for _, mi := range d.Entities[e].Mentions {
		if d.Mentions[mi].FirstTok < tok {
			return true
		}
	}
	return false
}

// quoteIn reports whether sentence s holds a quotation mark.
func quoteIn(d *doc.Document, s int) bool {
	for k := d.Sentences[s].First; k < d.Sentences[s].Last; k++ {
		switch d.Tokens[k].Text {
		case "\"", "“", "”", "``", "''":
			return true
		}
	}
	return false
}
