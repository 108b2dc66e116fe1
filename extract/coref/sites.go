package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A city that hosts a gathering is the place, not an organisation, though
// the name tagger, which learnt from sports results where "Cleveland beat
// Boston" is a team, often types it ORGANIZATION there.

var (
	hostVerbs      = lex.Words("coref/hostVerbs")
	siteNouns      = lex.Words("coref/siteNouns")
	gatheringNouns = lex.Words("coref/gatheringNouns")
)

// hostsGathering reports whether one of the NAME mentions ms stands as the
// site of something: the subject of a host verb whose object is a common
// noun ("Cleveland will host the convention"; not "Cleveland hosted
// Boston", a team), the subject of a copula with a site noun ("Boston
// was the site of the marathon"), or a modifier of a gathering noun
// ("the Philadelphia convention").
func hostsGathering(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		m := d.Mentions[mi]
		w := d.HeadNoun(m.FirstTok, m.LastTok)
		if w < 0 || d.Words[w].Head < 0 {
			continue
		}
		h := d.Words[w].Head
		if doc.RelIs(d.Words[w].Rel, "compound") && h > w && gatheringNouns[strings.ToLower(d.Words[h].Text)] {
			return true
		}
		if !doc.RelIs(d.Words[w].Rel, "nsubj") {
			continue
		}
		if hostVerbs[strings.ToLower(d.Words[h].Lemma)] {
			for _, o := range d.Dependents(h, "obj") {
				if d.Words[o].UPOS == "NOUN" {
					return true
				}
			}
		}
		if siteNouns[strings.ToLower(d.Words[h].Text)] && len(d.Dependents(h, "cop")) > 0 {
			return true
		}
	}
	return false
}

// partyTag reports whether name mention m is the party-and-state tag of
// the person named before it, in brackets or between commas ("Sen. Ted
// Cruz (R-Texas)", "Rep. Ana Ruiz, D-Calif., said", after a possessive
// too: "Sen. Ana Ruiz's (D-Ore.) bill"): a party letter, a
// hyphen and the state. It names no entity of its own.
func partyTag(d *doc.Document, m *doc.Mention) bool {
	if m.LastTok-m.FirstTok != 1 || m.FirstTok < 2 || !partyTagShape(d.Tokens[m.FirstTok].Text) {
		return false
	}
	if p := d.Tokens[m.FirstTok-1].Text; p != "(" && p != "," {
		return false
	}
	end := m.FirstTok - 1
	if doc.IsPossessive(d.Tokens[end-1].Text) {
		end-- // "Sen. David Vitter's (R-La.) case"
	}
	for _, o := range d.Mentions {
		if o.Kind == doc.Name && o.LastTok == end && o.Type == doc.Person {
			return true
		}
	}
	return false
}

// partyTagShape: R, D or I, a hyphen, and a capitalised word or
// abbreviation ("R-Texas", "D-N.Y.", "I-Vt").
func partyTagShape(s string) bool {
	if len(s) < 4 || !strings.ContainsRune("RDI", rune(s[0])) || s[1] != '-' || s[2] < 'A' || s[2] > 'Z' {
		return false
	}
	for _, r := range s[3:] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.') {
			return false
		}
	}
	return true
}

// currency reports whether name mention m is a currency written as a
// country code and a dollar sign ("US$", "A$", "HK$ 40 million"): a unit of
// money, not the country, so it gives no entity and no id (its slug would
// be the country's code, "us").
func currency(m *doc.Mention) bool {
	t := strings.TrimSpace(m.Text)
	return len(t) > 1 && len(t) <= 4 && strings.HasSuffix(t, "$") && strings.ToUpper(t) == t
}
