package main

import (
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/newsgraph/newsgraph/internal/postag"
)

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

// tagOptions are the options of the shipped tagger (tools/postrain) for
// a training set whose first primary sentences are EWT's.
func tagOptions(primary int, unl *postag.Unlabelled, lex *postag.Lexicon) postag.Options {
	return postag.Options{Seed: 1, Primary: primary, Unlabelled: unl, Lexicon: lex}
}

// unlabelled learns the word classes of the shipped tagger from the
// running text tools/postrain reads (treebank words, GUM documents,
// CoNLL-2003 eng.train; no tags).
func unlabelled(train []conllu.Sentence, data string) *postag.Unlabelled {
	text, err := postag.ReadUnlabelled(train, filepath.Join(data, "train/gum/train.jsonl"), filepath.Join(data, "train/conll2003/eng.train"))
	if err != nil {
		log.Fatal(err)
	}
	return postag.LearnUnlabelled(text, 64, 256, 3, 10)
}

// jackknifeTags retags the training sentences (EWT first, nEWT of them)
// with taggers trained like the shipped one on the other folds, with the
// word classes unl (learnt from all the text: they see no tags) and the
// lexicon lex.
func jackknifeTags(train []conllu.Sentence, nEWT, folds int, unl *postag.Unlabelled, lex *postag.Lexicon, logf func(string, ...any)) []conllu.Sentence {
	fold := 0
	return jackknife(train, folds, func(rest []conllu.Sentence) tagFunc {
		primary := 0 // the EWT sentences among rest, which keeps their order
		for i := range nEWT {
			if i%folds != fold {
				primary++
			}
		}
		t0 := time.Now()
		m := postag.Train(rest, tagOptions(primary, unl, lex))
		logf("jackknife: tagger %d of %d trained on %d sentences (%s)", fold+1, folds, len(rest), time.Since(t0).Round(time.Second))
		fold++
		return m.Tag
	})
}

// cachedTags keeps jackknifed tags between runs of an exploration: the file
// holds them as CoNLL-U, under a name that the caller makes specific to
// the data and options. make train does not use it.
func cachedTags(path string, make func() []conllu.Sentence) []conllu.Sentence {
	if path != "" {
		if s, err := conllu.ReadFile(path); err == nil {
			return s
		}
	}
	s := make()
	if path != "" {
		f, err := os.Create(path)
		if err == nil {
			conllu.Write(f, s)
			f.Close()
		}
	}
	return s
}
