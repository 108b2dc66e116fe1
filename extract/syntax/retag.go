package syntax

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// nounsTaggedAdjectives mends one tagger error the parse shows: a word
// tagged an adjective that the parse makes the subject or object of a
// verb, with a determiner of its own, and that the lexicon knows as a
// noun for people ("A Freedom Partners official said": "official" tagged
// ADJ). No adjective heads a subject with a determiner; later stages find
// mentions and speakers by their nouns.
func nounsTaggedAdjectives(words []doc.Word, base int) {
	for i := range words {
		w := &words[i]
		if w.UPOS != "ADJ" || !doc.RelIs(w.Rel, "nsubj", "nsubj:pass", "obj", "iobj") {
			continue
		}
		if _, person := lex.PersonNouns[strings.ToLower(w.Text)]; !person {
			continue
		}
		det := false
		for j := range words {
			if words[j].Head == base+i && words[j].Rel == "det" && j < i {
				det = true
			}
		}
		if det {
			w.UPOS, w.XPOS, w.Lemma = "NOUN", "NN", strings.ToLower(w.Text)
		}
	}
}
