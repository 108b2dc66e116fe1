package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// firstPerson are the pronouns by which a speaker refers to themself.
var firstPerson = lex.Words("quote/firstPerson")

// firstPersonPlural are the pronouns by which a speaker refers to the group
// they speak for.
var firstPersonPlural = lex.Words("quote/firstPersonPlural")

// LinkQuotedSpeakers adds the speaker's "I", "me" and "my" inside direct
// quotes as PRONOUN mentions of the speaker's entity, and "we", "us" and
// "our" as mentions of the group the speaker speaks for (speakerGroup);
// a "he" or "she" in the quote is taken off the speaker (unbindSpeaker).
// Nested quotes (a quote within the quote) are someone else speaking and
// are left alone. A reported claim of an "I" inside quotation marks is
// the quotation's speaker's (quotedFirstPerson).
func LinkQuotedSpeakers(d *doc.Document) {
	defer quotedFirstPerson(d)
	taken := map[int]bool{} // tokens that are a mention of their own ("our" of "our staff" is not)
	for _, m := range d.Mentions {
		if m.LastTok == m.FirstTok+1 || m.Kind == doc.Name {
			taken[m.FirstTok] = true
		}
	}
	groups := map[int]int{} // speaker entity -> group entity
	for _, q := range d.Quotes {
		if !q.Direct || q.Speaker < 0 {
			continue
		}
		e := d.Mentions[q.Speaker].Entity
		if e < 0 || d.Entities[e].Ambiguous() {
			continue
		}
		if d.Entities[e].Type == doc.Person {
			unbindSpeaker(d, q, e)
		}
		for _, c := range q.Content {
			nested := false
			for k := d.TokenAt(c.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].End <= c.End; k++ {
				t := d.Tokens[k].Text
				if (t == "'" || t == "‘" || t == "’") && k > 0 && (d.Tokens[k].SpaceBefore || t == "‘") {
					nested = !nested // a single-quoted voice inside the quote
				}
				w := strings.ToLower(t)
				if nested || taken[k] {
					continue
				}
				target, g := -1, doc.Unknown
				switch {
				case firstPerson[w] && d.Entities[e].Type == doc.Person:
					target, g = e, d.Entities[e].Gender
				case firstPersonPlural[w] && t != "US": // "US" is the country
					target, g = speakerGroup(d, e, groups, k), doc.Plural
				}
				if target < 0 {
					continue
				}
				d.AddLinkedMention(doc.Mention{Span: d.Tokens[k].Span, Text: t, Kind: doc.Pronoun,
					Type: d.Entities[target].Type, Gender: g, Entity: target, FirstTok: k, LastTok: k + 1})
				taken[k] = true
			}
		}
	}
}

// introducedWith is the organisation named closest to where the text
// first names person e, within a few words in the same sentence ("Ford's
// head of sales Ken Lo", "Ken Lo of Ardent", "Ardent's Ken Lo"): news
// introduces a speaker with the organisation they speak for. -1 when
// there is none.
func introducedWith(d *doc.Document, e int) int {
	first := -1
	for _, mi := range d.Entities[e].Mentions {
		if m := d.Mentions[mi]; m.Kind == doc.Name && (first < 0 || m.FirstTok < d.Mentions[first].FirstTok) {
			first = mi
		}
	}
	if first < 0 {
		return -1
	}
	p := d.Mentions[first]
	best, bestDist := -1, 7
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 || m.Entity == e || d.Entities[m.Entity].Type != doc.Organization ||
			d.Entities[m.Entity].Ambiguous() || !doc.SameSentence(d, m.FirstTok, p.FirstTok) {
			continue
		}
		dist := p.FirstTok - m.LastTok
		if m.FirstTok >= p.LastTok {
			dist = m.FirstTok - p.LastTok
		}
		if dist >= 0 && dist < bestDist {
			best, bestDist = m.Entity, dist
		}
	}
	return best
}

// speakerGroup is the entity a speaker's "we" refers to: an organisation
// speaking ("Boeing said: we ..."), the organisation a person speaks for
// when the text states it ("Boeing spokesman Tim Lee", "Ana Cruz, CEO of
// Ardent"), else one unnamed group per speaker, shared by all their
// quotes, so that their "we"s corefer with each other. tok places a new
// group's id.
func speakerGroup(d *doc.Document, e int, groups map[int]int, tok int) int {
	if g, ok := groups[e]; ok {
		return g
	}
	g := -1
	if d.Entities[e].Type == doc.Organization {
		g = e
	}
	for _, r := range d.Relations {
		if g >= 0 {
			break
		}
		if r.Kind != "affiliation" || d.Mentions[r.Holder].Entity != e {
			continue
		}
		if o := d.Mentions[r.Relative].Entity; o >= 0 && d.Entities[o].Type == doc.Organization && !d.Entities[o].Ambiguous() {
			g = o
		}
	}
	if g < 0 && d.Entities[e].Type == doc.Person {
		g = introducedWith(d, e)
	}
	if g < 0 {
		g = len(d.Entities)
		d.AddEntity(doc.Entity{
			ID:   doc.LocalID(d, "we-"+d.Entities[e].ID, d.Tokens[tok].Start),
			Name: "we", Type: d.Entities[e].Type, Gender: doc.Plural,
		})
	}
	groups[e] = g
	return g
}

// resumeVerbs say that a speaker takes up again what they were saying.
var resumeVerbs = lex.Words("quote/resumeVerbs")

// answerVerbs mark a quote as a reply from someone else.
var answerVerbs = lex.Words("quote/answerVerbs")

// ResumeSpeakers fixes the pronoun in `"...," she continued` when a reply by
// someone else came just before: the one who continues is the one who was
// speaking before the reply, not the one who replied.
//
// Before that, a pronoun speaker goes to the person the passage is about
// (relinkPronounSpeakers).
func ResumeSpeakers(d *doc.Document) {
	relinkPronounSpeakers(d)
	for i := 2; i < len(d.Quotes); i++ {
		q, reply, before := &d.Quotes[i], d.Quotes[i-1], d.Quotes[i-2]
		if q.Cue == nil || reply.Cue == nil || q.Speaker < 0 || reply.Speaker < 0 || before.Speaker < 0 {
			continue
		}
		m := &d.Mentions[q.Speaker]
		if m.Kind != doc.Pronoun || !resumeVerbs[strings.ToLower(d.Slice(*q.Cue))] || !answerVerbs[strings.ToLower(d.Slice(*reply.Cue))] {
			continue
		}
		prev, replier := d.Mentions[before.Speaker].Entity, d.Mentions[reply.Speaker].Entity
		if prev < 0 || prev == replier || m.Entity == prev || (d.Entities[prev].Gender != doc.Unknown && d.Entities[prev].Gender != m.Gender) {
			continue
		}
		d.Relink(q.Speaker, prev)
	}
}
