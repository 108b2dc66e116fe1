package syntax

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/internal/postag"
)

// mender mends the lemmas the tagger guessed by suffix for inflected words
// its training data lacks, with a dictionary: "fled" is "flee", not
// "flead"; "inflamed" is "inflame". It runs after the parse, so that the
// parser reads the lemmas it was trained on; later stages (event frames
// are named by lemma) read the mended ones.
type mender struct {
	lex    *postag.Lexicon
	tagger *postag.Model
}

func (m mender) mend(words []doc.Word) {
	if m.lex == nil || m.tagger == nil {
		return
	}
	for i := range words {
		w := &words[i]
		if !inflectedTag(w.XPOS) {
			continue
		}
		w.Lemma = m.lex.Lemma(postag.Norm(w.Text), w.XPOS, w.Lemma, m.tagger.Knows(w.Text, w.UPOS, w.XPOS))
	}
}

// inflectedTag reports whether a Penn tag marks an inflection the
// dictionary can undo, or a verb's base form that may be a misread
// irregular past (Lexicon.Lemma checks the same tags).
func inflectedTag(xpos string) bool {
	switch xpos {
	case "NNS", "VBZ", "VBD", "VBN", "VBG", "JJR", "JJS", "VB", "VBP":
		return true
	}
	return false
}
