package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// relinkPronounSpeakers gives the speaker of a direct quote that is a
// personal pronoun ("...," he said) the person the passage is about: the latest person before it,
// within two paragraphs, who either spoke (an earlier quote's speaker) or
// is the subject of a clause outside what anyone is quoted as saying, of
// the pronoun's gender. News names a speaker, then goes on with "he said"; the people a
// quote or a claim talks about ("Pence's performance") are not speakers.
func relinkPronounSpeakers(d *doc.Document) {
	if len(d.Words) == 0 {
		return
	}
	inQuote := make([]bool, len(d.Tokens))
	speaks := map[int]bool{} // mentions that are speakers
	for _, q := range d.Quotes {
		if q.Speaker >= 0 {
			speaks[q.Speaker] = true
		}
		for _, c := range q.Content {
			for k := d.TokenAt(c.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].Start < c.End; k++ {
				inQuote[k] = true
			}
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if !q.Direct || q.Speaker < 0 || d.Mentions[q.Speaker].Kind != doc.Pronoun {
			continue
		}
		m := d.Mentions[q.Speaker]
		if m.Gender != doc.Male && m.Gender != doc.Female {
			continue
		}
		if e := centerBefore(d, m, speaks, inQuote); e >= 0 && e != m.Entity {
			d.Relink(q.Speaker, e)
		}
	}
}

// centerBefore returns the entity of the latest person mention before
// pronoun m that speaks or is a clause's subject outside claims, of
// m's gender, within two paragraphs; -1 when there is none.
func centerBefore(d *doc.Document, m doc.Mention, speaks map[int]bool, inQuote []bool) int {
	para := d.Sentences[d.Tokens[m.FirstTok].Sentence].Paragraph
	best, bestTok := -1, -1
	for mi, o := range d.Mentions {
		if o.FirstTok >= m.FirstTok || o.FirstTok <= bestTok || o.Entity < 0 || inQuote[o.FirstTok] ||
			d.Sentences[d.Tokens[o.FirstTok].Sentence].Paragraph < para-2 {
			continue
		}
		e := d.Entities[o.Entity]
		if e.Type != doc.Person || e.Ambiguous() || e.Gender != doc.Unknown && e.Gender != m.Gender || o.Kind == doc.Pronoun && !speaks[mi] {
			continue
		}
		if (speaks[mi] || isSubject(d, o)) && named(d, o.Entity) {
			best, bestTok = o.Entity, o.FirstTok
		}
	}
	return best
}

// isSubject reports whether mention o heads the subject of a clause.
func isSubject(d *doc.Document, o doc.Mention) bool {
	h := d.HeadNoun(o.FirstTok, o.LastTok)
	return h >= 0 && doc.RelIs(d.Words[h].Rel, "nsubj")
}

// named reports whether entity e has a name in the text, which a passage
// goes on about; an unnamed description ("a majority") is no such center.
func named(d *doc.Document, e int) bool {
	for _, mi := range d.Entities[e].Mentions {
		if d.Mentions[mi].Kind == doc.Name {
			return true
		}
	}
	return false
}
