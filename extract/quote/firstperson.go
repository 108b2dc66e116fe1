package quote

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// quotedFirstPerson gives a reported claim whose speaker is an "I" inside
// quotation marks ("“... and I believe the bridge will hold ...”") the one
// who speaks the quotation: the speaker of the direct quote around it,
// else, for a quotation with no attribution of its own, the person who
// last spoke a direct quote in its paragraph or the two before. An "I"
// that coreference already resolved to one entity is left as it is.
func quotedFirstPerson(d *doc.Document) {
	regions := qPairMarks(d)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Direct {
			continue
		}
		k := firstPersonSpeaker(d, *q)
		if k < 0 {
			continue
		}
		r := regionAt(regions, k)
		if r < 0 {
			continue
		}
		e := quotationSpeaker(d, regions[r])
		switch {
		case e < 0:
		case q.Speaker >= 0:
			d.Relink(q.Speaker, e)
		default:
			tok := d.Tokens[k]
			q.Speaker = d.AddLinkedMention(doc.Mention{Span: tok.Span, Text: tok.Text, Kind: doc.Pronoun,
				Type: doc.Person, Gender: d.Entities[e].Gender, Entity: e, FirstTok: k, LastTok: k + 1})
			q.SpeakerSpan = nil
		}
	}
}

// firstPersonSpeaker returns the token of the "I" that speaks claim q
// when coreference left it without one entity, -1 otherwise.
func firstPersonSpeaker(d *doc.Document, q doc.Quote) int {
	switch {
	case q.Speaker >= 0:
		m := d.Mentions[q.Speaker]
		if m.Entity >= 0 && !d.Entities[m.Entity].Ambiguous() || m.Kind != doc.Pronoun || !firstPerson[qLower(m.Text)] {
			return -1
		}
		return m.FirstTok
	case q.SpeakerSpan != nil:
		k := d.TokenAt(q.SpeakerSpan.Start)
		if k < 0 || d.Tokens[k].End != q.SpeakerSpan.End || !firstPerson[qLower(d.Tokens[k].Text)] {
			return -1
		}
		return k
	}
	return -1
}

// regionAt returns the index of the quotation region holding token k, -1.
func regionAt(regions []qRegion, k int) int {
	for i, r := range regions {
		if r.First <= k && k < r.Last {
			return i
		}
	}
	return -1
}

// quotationSpeaker is the person entity who speaks the quotation r: the
// speaker of a direct quote that covers it, else of the last direct quote
// by a person before it in its paragraph or the two before; -1.
func quotationSpeaker(d *doc.Document, r qRegion) int {
	best, bestEnd := -1, -1
	for _, q := range d.Quotes {
		if !q.Direct || q.Speaker < 0 || len(q.Content) == 0 {
			continue
		}
		e := d.Mentions[q.Speaker].Entity
		if e < 0 || d.Entities[e].Type != doc.Person || d.Entities[e].Ambiguous() {
			continue
		}
		first, last := q.Content[0], q.Content[len(q.Content)-1]
		if first.Start <= r.Start && r.End <= last.End {
			return e
		}
		if pa := d.ParagraphAt(last.End - 1); last.End <= r.Start && last.End > bestEnd && pa >= 0 && r.Para-pa <= 2 {
			best, bestEnd = e, last.End
		}
	}
	return best
}
