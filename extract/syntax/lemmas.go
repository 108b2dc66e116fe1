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
		if !postag.Mends(w.XPOS) {
			continue
		}
		norm := postag.Norm(w.Text)
		w.Lemma = m.lex.Lemma(norm, w.XPOS, w.Lemma, m.tagger.Knows(norm, w.UPOS, w.XPOS))
	}
}
