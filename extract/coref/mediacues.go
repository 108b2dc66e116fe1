package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The name tagger never saw most newspapers, sites and agencies of today
// ("Politico", "HuffPo", "NowThis"), and reads a one-word name it does not
// know as a place or as OTHER. Where the name stands as the source of a
// report or the one a person told something, it is a body: places are not
// told things nor quoted "according to" themselves.

var (
	sourceCases = lex.Words("coref/sourceCases")
	reportCases = lex.Words("coref/reportCases")
	reportNouns = lex.Words("coref/reportNouns")
	pressNouns  = lex.Words("coref/pressNouns")
)

// reportSource reports whether one of the NAME mentions ms heads the
// source of a report or the hearer of "tell": "according to Politico",
// "reported by Zentra", "in an interview with NowThis", "told the Daily
// Lantern", or modifies a noun of the press right after it ("Latina
// magazine"). Not a name that only modifies another noun ("told Flint
// residents", "according to Census data").
func reportSource(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		m := d.Mentions[mi]
		w := d.HeadNoun(m.FirstTok, m.LastTok)
		if w < 0 || d.Words[w].Token+1 != m.LastTok || strings.HasSuffix(d.Words[w].XPOS, "S") {
			continue // the name's last word heads it, nothing after it; not a group ("according to Democrats")
		}
		if h := d.Words[w].Head; h >= 0 && h == w+1 && doc.RelIs(d.Words[w].Rel, "compound") && pressNouns[d.Words[h].Lemma] {
			return true // "Latina magazine"
		}
		if w+1 < len(d.Words) && d.Words[w+1].Sentence == d.Words[w].Sentence && (d.Words[w+1].UPOS == "NOUN" || d.Words[w+1].UPOS == "PROPN") {
			continue // "told Flint residents": the parse may hang both on the verb
		}
		if indefinite(d, w) {
			continue // "according to a Democrat familiar with ...": one of a group
		}
		if sourceCases[d.CaseWords(w)] {
			return true // whatever the parse hangs it on ("According to HuffPo: ..." is read as a root)
		}
		h := d.Words[w].Head
		if h < 0 {
			continue
		}
		switch rel := d.Words[w].Rel; {
		case (rel == "obj" || rel == "iobj") && d.Words[h].Lemma == "tell":
			return true
		case doc.RelIs(rel, "obl") || doc.RelIs(rel, "nmod"):
			if reportCases[d.CaseWords(w)] && reportNouns[d.Words[h].Lemma] {
				return true
			}
		}
	}
	return false
}

// peopleName reports whether the name key names people: a nationality or
// a faith ("Latino"), a full name opening with a first name ("Uzi Arad").
func peopleName(key string) bool {
	f := strings.Fields(key)
	return lex.IsDemonym(key) || placeDemonym(key) || len(f) > 1 && lex.FirstNameGender(f[0]) != doc.Unknown
}

// indefinite reports whether word w has the determiner "a" or "an".
func indefinite(d *doc.Document, w int) bool {
	for _, k := range d.Dependents(w, "det") {
		if t := strings.ToLower(d.Words[k].Text); t == "a" || t == "an" {
			return true
		}
	}
	return false
}
