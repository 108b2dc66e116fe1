package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A description that names a place before its role noun ("the Ohio
// senator", "the Maine governor") is of the person the text ties to that
// place: the place before the title ("Maine Gov. Ana Ruiz"), after the
// name ("Tom Hale, R-Ohio", "Tom Hale of Ohio") or in a description of
// the person ("the former governor of Ohio"). Another holder of the role
// is not meant, however recently named.

// placeModifiers are the tokens of place names between "the" at token
// tok and the role noun it opens ("Ohio" of "the Ohio senator"), when a
// person holding that role is tied to them; none otherwise, for the text
// need not say where the one senator it names is from.
func placeModifiers(d *doc.Document, tok int, noun string) []int {
	var out []int
	for k := tok + 1; k < len(d.Tokens) && k <= tok+4; k++ {
		if strings.ToLower(d.Tokens[k].Text) == noun {
			if !someHolderTied(d, noun, out) {
				return nil
			}
			return out
		}
		if m := mentionIndexAt(d, k); m >= 0 && d.Mentions[m].Kind == doc.Name && d.Mentions[m].Type == doc.Place {
			out = append(out, k)
		}
	}
	return nil
}

// mentionIndexAt is the index of a mention covering token k, -1 if none.
func mentionIndexAt(d *doc.Document, k int) int {
	for i, m := range d.Mentions {
		if m.FirstTok <= k && k < m.LastTok {
			return i
		}
	}
	return -1
}

// placesHeld reports whether every place token of places is tied to
// entity e: its word appears within three tokens before one of e's
// names or after it before a verb, in the same sentence, or in one of
// e's descriptions.
func placesHeld(d *doc.Document, e int, places []int) bool {
	for _, p := range places {
		if !placeTied(d, e, strings.ToLower(d.Tokens[p].Text)) {
			return false
		}
	}
	return true
}

// placeTied reports whether word w is near a name of e (three tokens
// before, up to eight after and before a verb) or in one of its
// descriptions.
func placeTied(d *doc.Document, e int, w string) bool {
	for _, m := range d.Mentions {
		if m.Entity != e {
			continue
		}
		lo, hi := m.FirstTok, m.LastTok
		if m.Kind == doc.Name {
			lo, hi = max(0, lo-3), min(len(d.Tokens), hi+8)
		} else if m.Kind != doc.Nominal {
			continue
		}
		for k := lo; k < hi; k++ {
			if k >= m.LastTok && clauseWord(d, k) {
				break // the apposition or parenthesis after the name ends at its verb
			}
			if !doc.SameSentence(d, k, m.FirstTok) {
				continue
			}
			for _, part := range strings.Split(strings.ToLower(d.Tokens[k].Text), "-") {
				if part == w {
					return true // "R-Ohio" too
				}
			}
		}
	}
	return false
}

// someHolderTied reports whether a person with role noun is tied to
// every place of places.
func someHolderTied(d *doc.Document, noun string, places []int) bool {
	if len(places) == 0 {
		return false
	}
	for e := range d.Entities {
		if d.Entities[e].Type == doc.Person && hasRole(d.Entities[e].Roles, noun) && placesHeld(d, e, places) {
			return true
		}
	}
	return false
}

// clauseWord reports whether token k is a verb or auxiliary by the parse.
func clauseWord(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	return w >= 0 && (d.Words[w].UPOS == "VERB" || d.Words[w].UPOS == "AUX")
}
