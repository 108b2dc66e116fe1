package extract

import (
	"sort"
	"strings"
)

// firstPerson are the pronouns by which a speaker refers to themself.
var firstPerson = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "myself": true}

// LinkQuotedSpeakers adds the speaker's "I", "me" and "my" inside direct
// quotes as PRONOUN mentions of the speaker's entity. Nested quotes (a
// quote within the quote) are someone else speaking and are left alone.
func LinkQuotedSpeakers(d *Document) {
	taken := map[int]bool{}
	for _, m := range d.Mentions {
		taken[m.FirstTok] = true
	}
	for _, q := range d.Quotes {
		if !q.Direct || q.Speaker < 0 {
			continue
		}
		e := d.Mentions[q.Speaker].Entity
		if e < 0 || d.Entities[e].Ambiguous || d.Entities[e].Type != Person {
			continue
		}
		for _, c := range q.Content {
			nested := false
			for k := d.TokenAt(c.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].End <= c.End; k++ {
				t := d.Tokens[k].Text
				if (t == "'" || t == "‘" || t == "’") && k > 0 && (d.Tokens[k].SpaceBefore || t == "‘") {
					nested = !nested // a single-quoted voice inside the quote
				}
				if nested || taken[k] || !firstPerson[strings.ToLower(t)] {
					continue
				}
				d.Mentions = append(d.Mentions, Mention{Span: d.Tokens[k].Span, Text: t, Kind: Pronoun, Type: Person,
					Gender: d.Entities[e].Gender, Entity: e, FirstTok: k, LastTok: k + 1})
				d.Entities[e].Mentions = append(d.Entities[e].Mentions, len(d.Mentions)-1)
				taken[k] = true
			}
		}
	}
}

// resumeVerbs say that a speaker takes up again what they were saying.
var resumeVerbs = map[string]bool{"continued": true, "continues": true, "went": true, "resumed": true}

// answerVerbs mark a quote as a reply from someone else.
var answerVerbs = map[string]bool{"responded": true, "replied": true, "answered": true, "interjected": true,
	"retorted": true, "asked": true, "responds": true, "replies": true}

// ResumeSpeakers fixes the pronoun in `"...," she continued` when a reply by
// someone else came just before: the one who continues is the one who was
// speaking before the reply, not the one who replied.
func ResumeSpeakers(d *Document) {
	for i := 2; i < len(d.Quotes); i++ {
		q, reply, before := &d.Quotes[i], d.Quotes[i-1], d.Quotes[i-2]
		if q.Cue == nil || reply.Cue == nil || q.Speaker < 0 || reply.Speaker < 0 || before.Speaker < 0 {
			continue
		}
		m := &d.Mentions[q.Speaker]
		if m.Kind != Pronoun || !resumeVerbs[strings.ToLower(d.Slice(*q.Cue))] || !answerVerbs[strings.ToLower(d.Slice(*reply.Cue))] {
			continue
		}
		prev, replier := d.Mentions[before.Speaker].Entity, d.Mentions[reply.Speaker].Entity
		if prev < 0 || prev == replier || m.Entity == prev || (d.Entities[prev].Gender != Unknown && d.Entities[prev].Gender != m.Gender) {
			continue
		}
		relink(d, q.Speaker, prev)
	}
}

// relink moves mention mi to entity e.
func relink(d *Document, mi, e int) {
	if old := d.Mentions[mi].Entity; old >= 0 {
		ms := d.Entities[old].Mentions[:0]
		for _, x := range d.Entities[old].Mentions {
			if x != mi {
				ms = append(ms, x)
			}
		}
		d.Entities[old].Mentions = ms
	}
	d.Mentions[mi].Entity = e
	d.Entities[e].Mentions = append(d.Entities[e].Mentions, mi)
	sort.Ints(d.Entities[e].Mentions)
}
