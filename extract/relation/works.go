package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// airVerbs put a work on a channel or platform: "X airs on HBO", "X is on
// its fifth season on Hulu", "X premiered on Netflix".
var airVerbs = lex.Words("relation/airVerbs")

// findWorkRelations links a work to where it is shown: "The Office airs on
// NBC", "X, now in its fifth season on Hulu," give "platform" (holder:
// the channel, service or stage; relative: the work). The platform is the
// first name after "on" in the work's clause, after a verb of showing,
// unless it is a person's. The tagger often reads "on Hulu" as a place,
// so a place's name is taken too (a stage: "premiered on Broadway").
func findWorkRelations(d *doc.Document) {
	seen := map[[2]int]bool{}
	for wi, m := range d.Mentions {
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Work || m.Kind != doc.Name {
			continue
		}
		verb := false
		for k := m.LastTok; k < len(d.Tokens) && k < m.LastTok+10 && doc.SameSentence(d, k, m.FirstTok); k++ {
			w := strings.ToLower(d.Tokens[k].Text)
			if w == "," && !verb {
				continue // "X, now in its fifth season on Hulu"
			}
			if w == "," || w == "and" || w == "but" || w == ";" {
				break
			}
			if airVerbs[w] {
				verb = true
			}
			if w != "on" || !verb {
				continue
			}
			ci := nameStartingAt(d, k+1)
			if ci < 0 {
				continue // "on its fifth season"
			}
			ce := d.Mentions[ci].Entity
			if t := d.Entities[ce].Type; t == doc.Person || t == doc.Work {
				break
			}
			if key := [2]int{ce, m.Entity}; !seen[key] && ce != m.Entity {
				seen[key] = true
				d.Relations = append(d.Relations, doc.Relation{Type: "platform", Kind: "affiliation",
					Holder: ci, Relative: wi, Sentence: d.Tokens[m.FirstTok].Sentence})
			}
			break
		}
	}
}

// nameStartingAt is the NAME mention with a resolved entity whose first
// token is k, or -1.
func nameStartingAt(d *doc.Document, k int) int {
	for i, m := range d.Mentions {
		if m.FirstTok == k && m.Kind == doc.Name && m.Entity >= 0 {
			return i
		}
	}
	return -1
}
