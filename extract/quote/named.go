package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// speakerNotNamed is the speaker of claim q, whose speaker is pronoun m,
// when the person m would be given (e, else m's link) is one that q's own
// content names: one who speaks of a man by name is not that man ("He
// said Hale had never come back", "“Hale has let us down,” he said" are
// not Hale's), unless that person is the passage's center by a name, who
// may name himself ("“Vote for Hale,” Hale said. “Hale will win,” he
// added"). It is the center of the passage among the persons the content
// does not name; -1 when the link stands or no such center agrees.
func speakerNotNamed(d *doc.Document, q doc.Quote, m doc.Mention, e int, speaks map[int]bool, inQuote []bool) int {
	if e < 0 {
		e = m.Entity
	}
	if e < 0 || inQuote[m.FirstTok] {
		return -1 // a quoted "he" is whoever the quote's speaker means
	}
	inside := namedInside(d, q, m)
	if !inside[e] {
		return -1
	}
	if c, t := centerBefore(d, m, speaks, inQuote, nil); c == e && !pronounAt(d, t) {
		return -1
	}
	o, _ := centerBefore(d, m, speaks, inQuote, inside)
	return o
}

// namedInside is the set of persons a name inside claim q's content
// refers to: anywhere inside a quotation, after pronoun m in a reported
// claim ("Ann Ruiz, who ..., won the seat, he said" is his report of her).
func namedInside(d *doc.Document, q doc.Quote, m doc.Mention) map[int]bool {
	inside := map[int]bool{}
	for _, o := range d.Mentions {
		if o.Kind != doc.Name || o.Entity < 0 || d.Entities[o.Entity].Type != doc.Person || !q.Direct && o.FirstTok < m.FirstTok ||
			doc.ModifierName(d, o) {
			continue
		}
		start := d.Tokens[o.FirstTok].Start
		for _, c := range q.Content {
			if c.Start <= start && start < c.End {
				inside[o.Entity] = true
			}
		}
	}
	return inside
}

// pronounAt reports whether a pronoun mention begins at token t.
func pronounAt(d *doc.Document, t int) bool {
	for _, o := range d.Mentions {
		if o.FirstTok == t && o.Kind == doc.Pronoun {
			return true
		}
	}
	return false
}
