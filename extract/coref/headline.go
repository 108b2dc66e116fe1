package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A headline is written without articles ("Woman killed in hit-and-run",
// "Paris jewellery store robbed") and the report under it tells the same
// story again in full sentences: "A woman has died after ...", "an
// upmarket jewellery store in central Paris". The bare description of the
// headline and the first description of the report with the same head
// noun and type are one; later ones ("a second woman") are not, unless
// the usual rules join them.

// headlineLines is how many lines from the top a headline may start at:
// a dateline or a URL may come first.
const headlineLines = 3

// inHeadline reports whether description c is a headline's bare noun
// phrase: in a sentence near the top that does not end like one of the
// report's ("." or a colon), with no determiner, possessive or number
// before its singular head.
func inHeadline(d *doc.Document, c doc.NominalMention) bool {
	if c.Plural || c.Group || c.Definite || len(d.Words) == 0 {
		return false
	}
	if strings.Count(d.Slice(doc.Span{Start: 0, End: c.Start}), "\n") >= headlineLines {
		return false
	}
	sent := d.Tokens[c.Head].Sentence
	last := c.Head
	for last+1 < len(d.Tokens) && d.Tokens[last+1].Sentence == sent {
		last++
	}
	if t := d.Tokens[last].Text; t == "." || t == ":" {
		return false
	}
	h := d.TokenWord(c.Head)
	if h < 0 {
		return false
	}
	return len(d.Dependents(h, "det", "nmod:poss", "nummod")) == 0
}

// headlineEntity returns the entity of the headline description that
// description c tells again: the earliest of c's head noun and type that
// nothing else has joined yet; -1 when there is none or c is itself in the
// headline.
func headlineEntity(d *doc.Document, c doc.NominalMention, head string, prior []described) int {
	if c.Plural || c.Group || inHeadline(d, c) {
		return -1
	}
	for _, p := range prior {
		if p.headline && p.head == head && d.Entities[p.entity].Type == c.Type && len(d.Entities[p.entity].Mentions) == 1 {
			return p.entity
		}
	}
	return -1
}
