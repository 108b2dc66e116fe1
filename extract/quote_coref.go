package extract

import "strings"

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
