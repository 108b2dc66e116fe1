package mention

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// One name, one reading per article: the tagger reads each sentence on its
// own, and a name it tagged in one sentence it may miss in another ("T-Mobile
// will carry the phone", sentence-initial, where other sentences gave
// "T-Mobile" as a firm). tagRepeats marks the other occurrences of a tagged
// name, word for word and case for case, as names of the type most of its
// tagged mentions have. Not an occurrence that another name overlaps, nor
// one with a capitalised word right before or after it (a longer name the
// tagger missed as a whole), nor a one-word name opening a sentence unless
// its shape is a name's ("BlackBerry", "T-Mobile", not "Will" or "Long"),
// since there every word is capitalised.
func tagRepeats(d *doc.Document) {
	type seen struct {
		toks  []string
		votes map[doc.EntityType]int
	}
	byText := map[string]*seen{}
	var order []string
	taken := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		if m.Kind != doc.Name {
			continue
		}
		for k := m.FirstTok; k < m.LastTok; k++ {
			taken[k] = true
		}
		var toks []string
		for _, t := range d.Tokens[m.FirstTok:m.LastTok] {
			toks = append(toks, t.Text)
		}
		key := strings.Join(toks, " ")
		if byText[key] == nil {
			byText[key] = &seen{toks: toks, votes: map[doc.EntityType]int{}}
			order = append(order, key)
		}
		byText[key].votes[m.Type]++
	}
	at := map[string][]int{} // token text -> its positions, so each name looks only where it may start
	for i, t := range d.Tokens {
		at[t.Text] = append(at[t.Text], i)
	}
	added := false
	for _, key := range order {
		s := byText[key]
		if !nameLike(s.toks) || len(s.toks) == 1 && timeNouns[strings.ToLower(s.toks[0])] {
			continue // "Wednesday" the tagger once took for a firm is a day elsewhere
		}
		typ := majority(s.votes)
		for _, i := range at[s.toks[0]] {
			if i+len(s.toks) > len(d.Tokens) || !repeatAt(d, taken, s.toks, i) {
				continue
			}
			addName(d, i, i+len(s.toks), typ)
			for k := i; k < i+len(s.toks); k++ {
				taken[k] = true
			}
			added = true
		}
	}
	if added {
		sort.SliceStable(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
	}
}

// repeatAt reports whether the tokens from i spell toks in one sentence,
// untagged, with no capitalised word glued to either side, and (for one
// word at a sentence's start) in a name's own shape.
func repeatAt(d *doc.Document, taken []bool, toks []string, i int) bool {
	sent := d.Tokens[i].Sentence
	for k, t := range toks {
		if taken[i+k] || d.Tokens[i+k].Text != t || d.Tokens[i+k].Sentence != sent {
			return false
		}
	}
	first := i == 0 || d.Tokens[i-1].Sentence != sent
	if !first && doc.IsCapitalised(d.Tokens[i-1].Text) && !quoteOrOpener(d.Tokens[i-1].Text) {
		return false
	}
	if j := i + len(toks); j < len(d.Tokens) && d.Tokens[j].Sentence == sent && doc.IsCapitalised(d.Tokens[j].Text) {
		return false
	}
	return !first || len(toks) > 1 || innerShape(toks[0])
}

// quoteOrOpener is punctuation before a name that is no word.
func quoteOrOpener(t string) bool { return !doc.IsWordToken(t) }

// nameLike reports whether a tagged name's words are all capitalised (or
// digits): a name the tagger ran over a lower-case word is not repeated.
func nameLike(toks []string) bool {
	for _, t := range toks {
		r := []rune(t)
		if len(r) == 0 || !(unicode.IsUpper(r[0]) || unicode.IsDigit(r[0])) {
			return false
		}
	}
	return len(toks) > 0
}

// innerShape reports whether a word is shaped like a name wherever it
// stands: a capital, a digit or a hyphen after its first letter
// ("BlackBerry", "T-Mobile", "Q10", "AMD").
func innerShape(w string) bool {
	r := []rune(w)
	for _, c := range r[1:] {
		if unicode.IsUpper(c) || unicode.IsDigit(c) || c == '-' {
			return true
		}
	}
	return false
}

// majority is the type most votes give, ties by a fixed order.
func majority(votes map[doc.EntityType]int) doc.EntityType {
	best, n := doc.Other, -1
	for _, t := range []doc.EntityType{doc.Person, doc.Organization, doc.Place, doc.EventType, doc.Work, doc.Other} {
		if votes[t] > n {
			best, n = t, votes[t]
		}
	}
	return best
}
