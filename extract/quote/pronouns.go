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
		if n := namedAfterTitle(d, q); n >= 0 {
			speaks[n] = true
		}
		for _, c := range q.Content {
			for k := d.TokenAt(c.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].Start < c.End; k++ {
				inQuote[k] = true
			}
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker < 0 || d.Mentions[q.Speaker].Kind != doc.Pronoun {
			continue
		}
		m := d.Mentions[q.Speaker]
		if m.Gender != doc.Male && m.Gender != doc.Female {
			continue
		}
		if !q.Direct && !personal(d, m) {
			continue // a relative "who" is bound by its clause
		}
		e := governingSubject(d, m, inQuote)
		if e < 0 {
			c := -1
			e, c = centerBefore(d, m, speaks, inQuote, nil)
			if !q.Direct && e >= 0 && (subordinate(d, d.TokenWord(m.FirstTok)) || !reportedTurn(d, m, c, inQuote)) {
				e = -1
			}
			if o := speakerNotNamed(d, *q, m, e, speaks, inQuote); o >= 0 {
				e = o
			}
		}
		if e >= 0 && e != m.Entity {
			d.Relink(q.Speaker, e)
		}
	}
}

// centerBefore returns the entity of the latest person mention before
// pronoun m, of no entity in except, that speaks or is a clause's subject outside claims, of
// m's gender, within two paragraphs, and the mention's first token; -1
// when there is none. The subject of a relative or adverbial clause is no
// center when a person is the subject of its sentence ("Ana Ruiz faces the
// fire Tom Hale has faced. He noted" is not Hale's); in one sentence, the
// main clause's subject or speaker outranks a speaker in a subordinate
// clause after it.
func centerBefore(d *doc.Document, m doc.Mention, speaks map[int]bool, inQuote []bool, except map[int]bool) (int, int) {
	para := d.ParagraphOf(m.FirstTok)
	best, bestTok, bestSub := -1, -1, false
	for mi, o := range d.Mentions {
		if o.FirstTok >= m.FirstTok || o.FirstTok <= bestTok || o.Entity < 0 || inQuote[o.FirstTok] ||
			d.ParagraphOf(o.FirstTok) < para-2 {
			continue
		}
		e := d.Entities[o.Entity]
		if except[o.Entity] || e.Type != doc.Person || e.Ambiguous() || e.Gender != doc.Unknown && e.Gender != m.Gender || o.Kind == doc.Pronoun && !speaks[mi] {
			continue
		}
		if !named(d, o.Entity) {
			continue
		}
		sub := subordinate(d, d.HeadNoun(o.FirstTok, o.LastTok))
		if speaks[mi] || isSubject(d, o) && !(sub && personSubject(d, d.Tokens[o.FirstTok].Sentence)) {
			if bestTok >= 0 && sub && !bestSub && doc.SameSentence(d, o.FirstTok, bestTok) {
				continue // the main clause's subject stays the center of its sentence
			}
			best, bestTok, bestSub = o.Entity, o.FirstTok, sub
		}
	}
	return best, bestTok
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

// namedAfterTitle is the mention of a named person right after quote q's
// speaker when that speaker is a title alone, a description or a span no
// mention holds ("said director of music Peter Holm", "said head of
// security Peter Holm": Holm speaks, though the parse makes the title the
// subject); not a name that only modifies a noun ("the commentator and
// Hale supporter" is no Hale); -1 otherwise.
func namedAfterTitle(d *doc.Document, q doc.Quote) int {
	end := -1
	switch {
	case q.Speaker >= 0:
		if m := d.Mentions[q.Speaker]; m.Kind == doc.Nominal && m.Entity >= 0 && !named(d, m.Entity) {
			end = m.LastTok
		}
	case q.SpeakerSpan != nil:
		if k := d.TokenAt(q.SpeakerSpan.End - 1); k >= 0 {
			end = k + 1
		}
	}
	if end < 1 || d.TokenWord(end-1) < 0 {
		return -1
	}
	// the title's own phrase ("head of security") and the word after it
	_, last, _ := d.Subtree(d.TokenWord(end - 1))
	upto := end
	if last < len(d.Words) {
		upto = max(upto, d.Words[last].Token)
	}
	for ni, n := range d.Mentions {
		if n.FirstTok >= end && n.FirstTok <= upto && doc.SameSentence(d, n.FirstTok, end-1) &&
			n.Kind == doc.Name && n.Entity >= 0 && d.Entities[n.Entity].Type == doc.Person && !doc.ModifierName(d, n) {
			return ni
		}
	}
	return -1
}
