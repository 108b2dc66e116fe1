package link

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Description is what cross-document linking reads of an entity an
// article only describes ("the police", "a jewellery store in Lyon"): the
// lemma of its head noun and its type. Such entities are not graph nodes
// (Linkable); their ids are local to the article unless Stories links
// them.
type Description struct {
	// Local is the entity's index in its document's Entities, ID the id
	// the document gave it (doc.LocalID).
	Local int
	ID    string
	Head  string
	Type  doc.EntityType
}

// Descriptions lists the entities of d that only descriptions and
// pronouns refer to, with the head noun of their first description; not
// coordinations ("the mayor and her deputy" is two).
func Descriptions(d *doc.Document) []Description {
	var out []Description
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Ambiguous() || e.ID == "" || len(e.Mentions) == 0 || doc.HasNameMention(d, i) ||
			strings.HasPrefix(e.ID, "coord-") {
			continue
		}
		if h := descriptionHead(d, e); h != "" {
			out = append(out, Description{Local: i, ID: e.ID, Head: h, Type: e.Type})
		}
	}
	return out
}

// descriptionHead is the lower-case lemma of the head noun of e's first
// description, "" when it has none.
func descriptionHead(d *doc.Document, e *doc.Entity) string {
	for _, mi := range e.Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.Nominal {
			continue
		}
		if len(d.Words) == 0 {
			return strings.ToLower(d.Tokens[m.LastTok-1].Text)
		}
		w := d.HeadNoun(m.FirstTok, m.LastTok)
		if w < 0 || d.Words[w].UPOS == "PRON" || d.Words[w].UPOS == "NUM" {
			return ""
		}
		if l := d.Words[w].Lemma; l != "" {
			return strings.ToLower(l)
		}
		return strings.ToLower(d.Words[w].Text)
	}
	return ""
}
