package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// unitValue maps bare plural units ("months after") to TIMEX3 duration values.
var unitValue = lex.Table("event/unitValue")

// FindEventLinks relates events of one sentence through "DURATION
// after/before EVENT" and "after/before EVENT" phrases. The governing event
// is the nearest trigger before the phrase; the anchor is the first trigger
// after the preposition.
func FindEventLinks(d *doc.Document) {
	d.Links = d.Links[:0]
	byTok := map[int]int{} // trigger token -> event index
	for i, ev := range d.Events {
		if k := d.TokenAt(ev.Trigger.Start); k >= 0 {
			byTok[k] = i
		}
	}
	for si, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			w := strings.ToLower(d.Tokens[k].Text)
			if w != "after" && w != "before" {
				continue
			}
			offset, start := linkOffset(d, s, k)
			from := -1
			for j := start - 1; j >= s.First; j-- {
				if e, ok := byTok[j]; ok {
					from = e
					break
				}
			}
			to := -1
			for j := k + 1; j < s.Last && j <= k+6; j++ {
				if e, ok := byTok[j]; ok {
					to = e
					break
				}
			}
			if from < 0 || to < 0 || from == to {
				continue
			}
			rel := "AFTER"
			if w == "before" {
				rel = "BEFORE"
			}
			d.Links = append(d.Links, doc.EventLink{From: from, To: to, Relation: rel, Offset: offset, Sentence: si})
		}
	}
}

// linkOffset reads the duration right before the preposition at k: a
// DURATION time expression ending there, or a bare plural unit. It returns
// the value and the first token of the phrase.
func linkOffset(d *doc.Document, s doc.Sentence, k int) (string, int) {
	if k == s.First {
		return "", k
	}
	prev := d.Tokens[k-1]
	for _, t := range d.Timexes {
		if t.End == prev.End && t.Type == "DURATION" && strings.HasPrefix(t.Value, "P") {
			return t.Value, d.TokenAt(t.Start)
		}
	}
	if v, ok := unitValue[strings.ToLower(prev.Text)]; ok {
		start := k - 1
		if start > s.First {
			if q := strings.ToLower(d.Tokens[start-1].Text); q == "some" || q == "several" || q == "many" || q == "few" {
				start--
			}
		}
		return v, start
	}
	return "", k
}
