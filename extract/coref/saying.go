package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// lastSayer is the person who last said something outside quotation
// marks before the subject pronoun at tok, in its sentence or the one
// before, when the pronoun is itself the subject of a verb of saying
// ("Senator Ruiz said the vote would pass. It is close, he said"): a
// news text goes on reporting its speaker, not the people the speaker
// named. -1 for a pronoun inside quotes, not the subject of saying, or
// no such speaker.
func lastSayer(d *doc.Document, tok int, quoted []bool) int {
	w := d.TokenWord(tok)
	if w < 0 || quoted[tok] || !doc.RelIs(d.Words[w].Rel, "nsubj") || !sayingVerb(d, tok) {
		return -1
	}
	verb := d.Words[w].Head
	if !reportFrame(d, verb) || doc.RelIs(d.Words[verb].Rel, "advcl") {
		return -1 // "Trump doesn't know what he's talking about": Trump; "when he complained of pain"
	}
	return sayerBefore(d, w, verb, quoted)
}

// sayerBefore is the named person (else the person) who last said
// something outside quotes in the narrator's frame before subject word w
// of verb, in w's sentence or the one before; -1 when there is none.
func sayerBefore(d *doc.Document, w, verb int, quoted []bool) int {
	tok := d.Words[w].Token
	first, _ := d.SentenceWords(max(d.Words[w].Sentence-1, 0))
	for v := w - 1; v >= first; v-- {
		if v == verb || quoted[d.Words[v].Token] || !saying(d, v) || !reportFrame(d, v) {
			continue
		}
		for _, s := range d.Subjects(v) {
			if t := d.Words[s].Token; !quoted[t] && t < tok {
				return namedSpeaker(d, t)
			}
		}
	}
	return -1
}

// reportFrame reports whether verb v frames the narrator's report: the
// main clause, or a clause set beside, joined to or adverbial to it
// ("It is vital, he said, because he said ..."), not one nested in a
// complement or a relative clause, whose subject the clause above
// governs.
func reportFrame(d *doc.Document, v int) bool {
	for steps := 0; v >= 0 && steps < 8; steps++ {
		if d.Words[v].Head < 0 {
			return true
		}
		if !doc.RelIs(d.Words[v].Rel, "conj", "parataxis", "advcl") {
			return false
		}
		v = d.Words[v].Head
	}
	return false
}

// saying reports whether word w is a verb of saying.
func saying(d *doc.Document, w int) bool {
	if d.Words[w].UPOS != "VERB" {
		return false
	}
	c, ok := lex.CueVerbs[strings.ToLower(d.Words[w].Text)]
	return ok && c.Speech
}
