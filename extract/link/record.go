package link

import (
	"encoding/json"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Record is what resolution reads of one entity of one article: its names
// and its type in that article. An article's records are all the corpus
// knows of it, so they are stored with the article (triples.Article's
// Signature) and a store can be resolved again without extracting
// anything.
type Record struct {
	// Local is the entity's index in its document's Entities.
	Local int `json:"l"`
	// ID is the document's own id for it, the Slug of its name.
	ID      string         `json:"i"`
	Name    string         `json:"n"`
	Aliases []string       `json:"a,omitempty"`
	Type    doc.EntityType `json:"t"`
}

// Outcome is how resolution identified one record: the entity id it has
// in the graph, its type there, and why it was taken as an entity whose id
// is not its own name ("" when it is).
type Outcome struct {
	Local int
	ID    string
	Type  doc.EntityType
	Merge string
}

// Linkable reports whether entity i of d is resolved across documents:
// named (only a name can be recognised in another article), not an
// ambiguous short name, with mentions and an id. The graph holds exactly
// these entities as nodes.
func Linkable(d *doc.Document, i int) bool {
	e := &d.Entities[i]
	return !e.Ambiguous() && len(e.Mentions) > 0 && e.ID != "" && doc.HasNameMention(d, i)
}

// Records lists the linkable entities of d, in document order.
func Records(d *doc.Document) []Record {
	var out []Record
	for i := range d.Entities {
		if !Linkable(d, i) {
			continue
		}
		e := &d.Entities[i]
		out = append(out, Record{Local: i, ID: e.ID, Name: e.Name, Aliases: e.Aliases, Type: e.Type})
	}
	return out
}

// Outcomes returns the document's own identification of its linkable
// entities (ids, types and merge reasons as they stand in d): what a
// document resolved on its own, or after Apply, is bound to.
func Outcomes(d *doc.Document) []Outcome {
	var out []Outcome
	for i := range d.Entities {
		if Linkable(d, i) {
			e := &d.Entities[i]
			out = append(out, Outcome{Local: i, ID: e.ID, Type: e.Type, Merge: e.Merge})
		}
	}
	return out
}

// Apply rewrites d's entities as resolution identified them.
func Apply(d *doc.Document, outs []Outcome) {
	for _, o := range outs {
		if o.Local < 0 || o.Local >= len(d.Entities) {
			continue
		}
		e := &d.Entities[o.Local]
		e.ID, e.Type, e.Merge = o.ID, o.Type, o.Merge
	}
}

// EncodeRecords writes records as the compact JSON stored with an article.
func EncodeRecords(recs []Record) string {
	if len(recs) == 0 {
		return ""
	}
	b, err := json.Marshal(recs)
	if err != nil {
		panic(err) // strings, ints and string slices always marshal
	}
	return string(b)
}

// DecodeRecords reads what EncodeRecords wrote ("" is no records).
func DecodeRecords(s string) ([]Record, error) {
	if s == "" {
		return nil, nil
	}
	var recs []Record
	err := json.Unmarshal([]byte(s), &recs)
	return recs, err
}
