package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// proposed reports predicate w proposed by a hortative "let's" or "let us"
// (lex event/hortative, hortativeObjects): the bare verb with no subject of
// its own and "us" for object says what the speaker and the hearers are to
// do, wherever the clause stands ("her motto amounts to let's fix the
// roof"). A "let" with a subject allows ("the rates let us build it").
func (x *ctx) proposed(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "xcomp") || !hortative[x.lemma(h)] {
		return false
	}
	if !x.bareLet(h) {
		return false
	}
	for _, o := range d.Dependents(h, "obj") {
		if hortativeObjects[strings.ToLower(d.Words[o].Text)] {
			return true
		}
	}
	return false
}

// bareLet reports "let" h with no subject, auxiliary or "to", nor any
// shared with the verb it is coordinated with ("opened the door and let us
// in" allows); the parser tags it a noun at times ("code for let's close").
func (x *ctx) bareLet(h int) bool {
	d := x.d
	switch d.Words[h].XPOS {
	case "VBZ", "VBG", "VBN":
		return false // "lets us", "letting us", "was let": allowing
	}
	for {
		if len(d.Dependents(h, "nsubj", "nsubj:pass", "aux", "mark")) > 0 {
			return false // "the rates let us", "to let us", "will let us": allowing
		}
		if !doc.RelIs(d.Words[h].Rel, "conj") {
			return true
		}
		h = d.Words[h].Head
	}
}
