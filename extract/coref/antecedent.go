package coref

// The antecedent of a definite description: the entity of its kind named
// last, unless its words set it apart from that one (antecedentFor), and
// the word tests that decide it.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// antecedentFor picks the entity a definite singular description refers
// to, or -1.
func antecedentFor(d *doc.Document, c doc.NominalMention, lastSeen func(e, before int) int) int {
	sent := d.Tokens[c.FirstTok].Sentence
	noun := strings.ToLower(d.Tokens[c.Head].Text)
	best, bestTok := -1, -1
	office, officeTok := -1, -1 // the latest office holder noun does not fit (officeAgainst)
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Ambiguous() || ent.Type != c.Type || c.Type == doc.Place {
			continue
		}
		if c.Type == doc.Person && !epithets[noun] && !hasRole(ent.Roles, noun) {
			continue
		}
		if c.Type == doc.Person && childNouns[noun] && !child(ent) {
			continue // "the girl" is not the woman named before
		}
		if c.Type == doc.Organization && (!kindAgrees(d, e, noun) || institutionNouns[noun] && !modifiersNamed(d, e, c)) {
			continue // "the party" is a party's; "the district court" is not the Court of Appeals
		}
		if g := lex.PersonNouns[noun]; c.Type == doc.Person && (g == doc.Male || g == doc.Female) && ent.Gender != doc.Unknown && ent.Gender != g {
			continue // "the actress" is not the man named before
		}
		if !doc.HasNameMention(d, e) {
			continue // only what the text names: descriptions do not chain
		}
		t := lastSeen(e, c.FirstTok)
		if t < 0 || sent-d.Tokens[t].Sentence > 3 {
			continue
		}
		if officeAgainst(d, e, noun) && !predicate(d, c) {
			if t > officeTok {
				office, officeTok = e, t
			}
			continue
		}
		if t > bestTok {
			best, bestTok = e, t
		}
	}
	if best < 0 {
		best = office // a private epithet takes an office holder only when no one else is there
	}
	if best < 0 && len(phraseWords(d, c)) == 1 { // "the party", not "the local party"
		if c.Type == doc.Organization && institutionNouns[noun] && !rulingNouns[noun] {
			best = onlyNamedOfKind(d, c, noun, lastSeen)
			if best < 0 {
				best = ownersParty(d, c, noun, lastSeen) // "the party" of "Sen. Ana Ruiz, R-Ohio", two parties named
			}
		} else if c.Type == doc.Place && placeKinds[noun] {
			best = onlyPlaceOfKind(d, c, noun, lastSeen)
		}
	}
	return best
}

// otherBodies are adjectives that set a body apart from one named before
// ("the lower court", "a rival committee"); other adjectives describe
// ("the high court", "the current court").
var otherBodies = lex.Words("coref/otherBodies")

// modifiersNamed reports whether the words that say which kind of
// institution description c means are words of a name of organisation e
// or of its alias group: its nouns and capitalised adjectives before the
// head, and adjectives that set a body apart. "The appeals court" may be
// the U.S. Court of Appeals, "the district court" or "the lower court" may
// not, nor "the Democratic party" the GOP; "the high court" may be the
// Supreme Court.
func modifiersNamed(d *doc.Document, e int, c doc.NominalMention) bool {
	ent := &d.Entities[e]
	names := append([]string{ent.Name}, ent.Aliases...)
	for k := c.FirstTok; k < c.Head; k++ {
		w := d.TokenWord(k)
		if w < 0 {
			continue
		}
		lw := strings.ToLower(d.Tokens[k].Text)
		if hyphened(d, k) {
			continue // "the seven-member court": a measure, no kind
		}
		kind := d.Words[w].UPOS == "NOUN" || d.Words[w].UPOS == "PROPN" ||
			d.Words[w].UPOS == "ADJ" && (doc.IsCapitalised(d.Tokens[k].Text) && k > c.FirstTok || otherBodies[lw])
		if kind && !nameHoldsWord(names, lw) {
			return false
		}
	}
	return true
}

// hyphened reports whether token k is a hyphenated word or is joined by
// a hyphen to a word beside it ("seven-member").
func hyphened(d *doc.Document, k int) bool {
	t := d.Tokens
	return strings.Contains(strings.Trim(t[k].Text, "-"), "-") || k > 0 && t[k-1].Text == "-" && t[k-1].End == t[k].Start ||
		k+1 < len(t) && t[k+1].Text == "-" && t[k].End == t[k+1].Start
}

// nameHoldsWord reports whether one of names, or its alias group, holds
// word w (lower case), in the singular or the plural.
func nameHoldsWord(names []string, w string) bool {
	for _, n := range names {
		if aliasHolds(n, w) {
			return true
		}
		for _, f := range strings.Fields(strings.ToLower(n)) {
			f = strings.Trim(f, ".,")
			if f == w || f == w+"s" || f+"s" == w {
				return true
			}
		}
	}
	return false
}

// otherDets open a description that is no one thing named before.
var otherDets = lex.Words("coref/otherDets")

// phraseWords are the lower-cased words of a description up to its head,
// without the determiner.
func phraseWords(d *doc.Document, c doc.NominalMention) map[string]bool {
	out := map[string]bool{}
	for k := c.FirstTok; k <= c.Head; k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		if k == c.FirstTok && lex.NPDeterminers[w] || w == "own" {
			continue // "her own party" is "the party" again: "own" stresses, it does not restrict
		}
		out[w] = true
	}
	return out
}

// subset reports whether every word of a is in b.
func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}
