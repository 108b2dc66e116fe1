package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// OpenConfidence is the confidence of an open relation: a bare
// subject-verb-object reading without a frame, so below any event frame.
const OpenConfidence = 0.4

// notOpenVerbs are verbs whose subject-object reading is no relation.
var notOpenVerbs = lex.Words("event/notOpenVerbs")

// FindOpenRelations is the fallback for verbs outside the event frames:
// "Halvard Steel supplies Marlow Freight" becomes the relation (Halvard
// Steel, supply, Marlow Freight) of kind "open", with the verb lemma as
// its type. It reads the parse: the agent is the subject (the by-phrase of
// a passive), the other side the object, or else an oblique whose
// preposition joins the type ("works for", "competes with"). It fires only
// when both sides are named, resolved entities and the verb is told as
// having happened: "did not sign", "may sign", "plans to sign" state no
// relation. Copulas, speech verbs (the quote stage has them) and frame
// verbs (their events carry the participants) are left out.
func FindOpenRelations(d *doc.Document) {
	if len(d.Words) == 0 {
		return
	}
	x := newCtx(d)
	for si := range d.Sentences {
		first, last := d.SentenceWords(si)
		memo := map[int]*doc.Factuality{}
		for w := first; w < last; w++ {
			lemma, ok := x.openVerb(w)
			if !ok || !x.factuality(w, "", memo).Asserted() {
				continue
			}
			holder, relative, prep := x.openSides(w)
			if holder < 0 || relative < 0 {
				continue
			}
			he, re := d.Mentions[holder].Entity, d.Mentions[relative].Entity
			if he == re || !named(d, he) || !named(d, re) || !openEntity(d, he) || !openEntity(d, re) {
				continue
			}
			typ := lemma
			if prep != "" {
				typ += " " + prep
			}
			d.Relations = append(d.Relations, doc.Relation{Type: typ, Kind: "open", Holder: holder, Relative: relative,
				Sentence: si, Confidence: OpenConfidence})
		}
	}
}

// openVerb reports whether word w is a verb outside the frames that may
// state a relation, and its lemma.
func (x *ctx) openVerb(w int) (string, bool) {
	if noun, ok := x.isTrigger(w); !ok || noun {
		return "", false
	}
	lemma := x.lemma(w)
	if frameOf[lemma] != "" || notOpenVerbs[lemma] || len(x.particles(w)) > 0 {
		return "", false
	}
	if _, speech := lex.CueVerbs[lemma]; speech {
		return "", false
	}
	return lemma, true
}

// openSides returns the holder and the relative of verb w (mention
// indices, -1 when missing) and the preposition of an oblique relative.
func (x *ctx) openSides(w int) (holder, relative int, prep string) {
	d := x.d
	holder, relative = -1, -1
	subj := d.Subjects(w)
	if len(subj) == 0 {
		return -1, -1, ""
	}
	passive := d.Passive(w)
	if !passive {
		holder = x.mentionOf(subj[0])
		if o := d.Objects(w); len(o) > 0 {
			return holder, x.mentionOf(o[0]), ""
		}
	} else {
		relative = x.mentionOf(subj[0])
	}
	obls, preps := d.Obliques(w)
	for i, o := range obls {
		switch {
		case passive && (preps[i] == "by" || doc.RelIs(d.Words[o].Rel, "obl:agent")):
			return x.mentionOf(o), relative, ""
		case passive || preps[i] == "" || placePreps[preps[i]]:
			continue // "was profiled in X": no agent; "lived in Oslo": where
		case relative < 0:
			if mi := x.mentionOf(o); mi >= 0 && d.Entities[d.Mentions[mi].Entity].Type != doc.Place {
				return holder, mi, preps[i]
			}
		}
	}
	return -1, -1, ""
}

// named reports whether entity e is a real-world entity the graph keeps:
// named somewhere in the article and not an ambiguous short name.
func named(d *doc.Document, e int) bool {
	if d.Entities[e].Ambiguous() {
		return false
	}
	for _, mi := range d.Entities[e].Mentions {
		if d.Mentions[mi].Kind == doc.Name {
			return true
		}
	}
	return false
}

// openEntity: people, organisations, places and works take part in open
// relations; untyped names (products, nationalities) do not.
func openEntity(d *doc.Document, e int) bool {
	switch d.Entities[e].Type {
	case doc.Person, doc.Organization, doc.Place, doc.Work:
		return true
	}
	return false
}
