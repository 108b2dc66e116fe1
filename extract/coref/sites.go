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
