package main

import "github.com/newsgraph/newsgraph/internal/conllu"

// A tagFunc tags the words of one sentence: UPOS, XPOS and lemmas.
type tagFunc func(words []string) (upos, xpos, lemmas []string)

// jackknife returns a copy of sents whose UPOS, XPOS and lemma columns
// come from taggers that never saw them: fold i (every k-th sentence from
// i) is tagged by a tagger trained on the other folds. A parser trained
// on such tags meets in training the tagging errors it will meet in use.
func jackknife(sents []conllu.Sentence, k int, train func([]conllu.Sentence) tagFunc) []conllu.Sentence {
	out := make([]conllu.Sentence, len(sents))
	for f := range k {
		var rest []conllu.Sentence
		for i, s := range sents {
			if i%k != f {
				rest = append(rest, s)
			}
		}
		tag := train(rest)
		for i := f; i < len(sents); i += k {
			out[i] = retag(sents[i], tag)
		}
	}
	return out
}

// retag returns s with the tags and lemmas of tag; the words and tree are
// shared with s.
func retag(s conllu.Sentence, tag tagFunc) conllu.Sentence {
	words := make([]string, len(s.Words))
	for i, w := range s.Words {
		words[i] = w.Form
	}
	u, x, l := tag(words)
	ws := make([]conllu.Word, len(s.Words))
	copy(ws, s.Words)
	for i := range ws {
		ws[i].UPOS, ws[i].XPOS, ws[i].Lemma = u[i], x[i], l[i]
	}
	s.Words = ws
	return s
}
